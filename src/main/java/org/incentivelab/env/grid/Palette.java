package org.incentivelab.env.grid;

/**
 * A fixed list of RGB colours, stored already normalised (each 0–255 channel divided by a scale) so that the
 * observation writer only copies numbers. Colour {@code k} occupies entries {@code [3k, 3k + 3)} of
 * {@link #normalised()}.
 */
public final class Palette {
    private final double[] rgb;
    private final int[][] raw;

    /**
     * @param colours {@code int[k][3]} RGB triples, each channel in [0, 255]; copied
     * @param scale the divisor applied to every channel, at least 255 so values stay in [0, 1]
     * @throws IllegalArgumentException if a colour is not a triple, a channel is out of range, or the scale is below
     *     255
     */
    public Palette(int[][] colours, double scale) {
        if (!(scale >= 255.0)) {
            throw new IllegalArgumentException("scale must be at least 255, got " + scale);
        }
        this.rgb = new double[3 * colours.length];
        this.raw = new int[colours.length][];
        for (int k = 0; k < colours.length; k++) {
            if (colours[k].length != 3) {
                throw new IllegalArgumentException("colour " + k + " must have 3 channels");
            }
            raw[k] = colours[k].clone();
            for (int c = 0; c < 3; c++) {
                int v = colours[k][c];
                if (v < 0 || v > 255) {
                    throw new IllegalArgumentException("colour " + k + " channel " + c + " out of [0, 255]: " + v);
                }
                rgb[3 * k + c] = v / scale;
            }
        }
    }

    /** @return the number of colours */
    public int size() {
        return raw.length;
    }

    /**
     * @param colour a colour index in {@code [0, size())}
     * @param channel 0 red, 1 green, 2 blue
     * @return the channel's raw value in [0, 255], for views that draw the board
     */
    public int raw(int colour, int channel) {
        return raw[colour][channel];
    }

    /**
     * @param colour a colour index in {@code [0, size())}
     * @param channel 0 red, 1 green, 2 blue
     * @return the channel's normalised value in [0, 1]
     */
    public double value(int colour, int channel) {
        return rgb[3 * colour + channel];
    }

    /** @return the backing {@code double[3·size()]} of normalised channels; shared, do not modify */
    double[] normalised() {
        return rgb;
    }
}
