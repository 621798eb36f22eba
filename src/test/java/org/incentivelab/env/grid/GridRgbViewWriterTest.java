package org.incentivelab.env.grid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GridRgbViewWriterTest {
    private static final Palette PALETTE = new Palette(new int[][] {{0, 0, 0}, {255, 0, 0}, {0, 255, 0}}, 255.0);

    @Test
    void shouldSizeTheWindow() {
        assertEquals(9 * 9 * 3, RgbViewWriter.windowSize(4));
        assertEquals(15 * 15 * 3, RgbViewWriter.windowSize(7));
        assertEquals(3, RgbViewWriter.windowSize(0));
    }

    @Test
    void shouldCentreTheWindowAndPadOutside() {
        // 2×2 board: colours 1 2 / 2 1; window of radius 1 centred on (0, 0)
        int[] layer = {1, 2, 2, 1};
        double[] out = new double[27];
        RgbViewWriter.writeWindow(layer, 2, 2, 0, 0, 1, PALETTE, 0, out);
        double[] expected = {
            0, 0, 0, 0, 0, 0, 0, 0, 0, // row y = −1: padding
            0, 0, 0, 1, 0, 0, 0, 1, 0, // row y = 0: pad, (0,0) red, (1,0) green
            0, 0, 0, 0, 1, 0, 1, 0, 0, // row y = 1: pad, (0,1) green, (1,1) red
        };
        assertArrayEquals(expected, out, 1e-12);
    }

    @Test
    void shouldWriteTheWholeBoardInHwcOrder() {
        int[] layer = {1, 2, 0, 1, 1, 2};
        double[] out = new double[20];
        out[18] = 7;
        RgbViewWriter.writeWhole(layer, 3, 2, PALETTE, out);
        assertEquals(1.0, out[0]);
        assertEquals(1.0, out[3 + 1]);
        assertEquals(0.0, out[6]);
        assertEquals(1.0, out[5 * 3 + 1]);
        assertEquals(7.0, out[18], "entries past width·height·3 are untouched");
    }

    @Test
    void shouldRejectShortBuffersAndBadPalettes() {
        assertThrows(IllegalArgumentException.class,
                () -> RgbViewWriter.writeWindow(new int[4], 2, 2, 0, 0, 1, PALETTE, 0, new double[26]));
        assertThrows(IllegalArgumentException.class,
                () -> RgbViewWriter.writeWhole(new int[4], 2, 2, PALETTE, new double[11]));
        assertThrows(IllegalArgumentException.class, () -> new Palette(new int[][] {{0, 0}}, 255));
        assertThrows(IllegalArgumentException.class, () -> new Palette(new int[][] {{0, 0, 256}}, 255));
        assertThrows(IllegalArgumentException.class, () -> new Palette(new int[][] {{0, 0, 0}}, 100));
        assertEquals(255, PALETTE.raw(1, 0));
        assertEquals(1.0, PALETTE.value(2, 1));
        assertEquals(3, PALETTE.size());
    }
}
