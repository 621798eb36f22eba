package org.incentivelab.env.grid;

/**
 * Writes RGB images of a board into caller buffers: a square window centred on a cell (the egocentric view of the
 * Sequential Social Dilemma games) or the whole board. The board is given as a colour layer, {@code int[width·height]}
 * of {@link Palette} indices in row-major order ({@code y·width + x}), which the game composes once per step.
 *
 * <p>Output layout (both methods): height × width × 3, row-major, channel last ("HWC"): the value of channel
 * {@code c} of image row {@code r}, column {@code q} is at {@code (r·imageWidth + q)·3 + c}. Image row 0 is the top
 * (smallest {@code y}); no rotation is applied because agents always face up (thesis 001 App. B.4.1). Cells of the
 * window outside the board get the padding colour (reference code file {@code utility_funcs.py},
 * {@code return_view}, pads with a character that is drawn black). Nothing here allocates.
 */
public final class RgbViewWriter {
    private RgbViewWriter() {
    }

    /**
     * @param radius view radius v, at least 0
     * @return the length of a window observation, (2v + 1)·(2v + 1)·3
     */
    public static int windowSize(int radius) {
        int side = 2 * radius + 1;
        return side * side * 3;
    }

    /**
     * Writes the (2v + 1) × (2v + 1) × 3 window centred on {@code (cx, cy)}: image cell {@code (r, q)} shows board
     * cell {@code (cx − v + q, cy − v + r)}, so the centre cell {@code (v, v)} is {@code (cx, cy)} itself.
     *
     * @param layer {@code int[width·height]} palette indices of the board
     * @param width board columns
     * @param height board rows
     * @param cx centre column
     * @param cy centre row
     * @param radius view radius v, at least 0
     * @param palette the colours
     * @param padColour palette index used for window cells outside the board
     * @param out at least {@link #windowSize(int) windowSize(v)} long; the first windowSize(v) entries, each in
     *     [0, 1], are overwritten
     * @throws IllegalArgumentException if {@code out} is too short
     */
    public static void writeWindow(int[] layer, int width, int height, int cx, int cy, int radius, Palette palette,
            int padColour, double[] out) {
        int side = 2 * radius + 1;
        if (out.length < side * side * 3) {
            throw new IllegalArgumentException(
                    "observation buffer must hold " + side * side * 3 + " values, got " + out.length);
        }
        double[] rgb = palette.normalised();
        int o = 0;
        for (int r = 0; r < side; r++) {
            int y = cy - radius + r;
            for (int q = 0; q < side; q++) {
                int x = cx - radius + q;
                int colour = x >= 0 && x < width && y >= 0 && y < height ? layer[y * width + x] : padColour;
                int p = 3 * colour;
                out[o++] = rgb[p];
                out[o++] = rgb[p + 1];
                out[o++] = rgb[p + 2];
            }
        }
    }

    /**
     * Writes the whole board as a height × width × 3 image.
     *
     * @param layer {@code int[width·height]} palette indices of the board
     * @param width board columns
     * @param height board rows
     * @param palette the colours
     * @param out at least {@code width·height·3} long; those entries, each in [0, 1], are overwritten
     * @throws IllegalArgumentException if {@code out} is too short
     */
    public static void writeWhole(int[] layer, int width, int height, Palette palette, double[] out) {
        int n = width * height;
        if (out.length < 3 * n) {
            throw new IllegalArgumentException("observation buffer must hold " + 3 * n + " values, got " + out.length);
        }
        double[] rgb = palette.normalised();
        int o = 0;
        for (int k = 0; k < n; k++) {
            int p = 3 * layer[k];
            out[o++] = rgb[p];
            out[o++] = rgb[p + 1];
            out[o++] = rgb[p + 2];
        }
    }
}
