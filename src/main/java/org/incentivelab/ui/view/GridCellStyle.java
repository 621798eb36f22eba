package org.incentivelab.ui.view;

import javafx.scene.paint.Color;
import org.incentivelab.env.grid.Cell;

/**
 * How the {@link GridWorldView} shows each {@link Cell} type: its name in the CSV and its floor colour. Walls dark
 * grey, river blue, waste brown, empty floor light, apple-spawn floor a faint green (an apple adds a green dot,
 * drawn by {@link GridBoardPainter}); coins lie on empty floor. Also the colours of the beam overlay, the apples
 * and the cell borders. The lab's own light palette, chosen for a projector; the RGB observation colours of
 * {@code CleanupColours} are what the agents see, not what this view shows.
 */
final class GridCellStyle {
    /** Wall. */
    static final Color WALL = Color.web("#4a4a4a");
    /** Clean river. */
    static final Color RIVER = Color.web("#6aaed6");
    /** Waste on the river. */
    static final Color WASTE = Color.web("#8c5a2b");
    /** Specks drawn on waste so that it reads as dirt, not as a second kind of wall. */
    static final Color WASTE_SPECK = Color.web("#5e3a17");
    /** Empty floor. */
    static final Color FLOOR = Color.web("#f4f1ea");
    /** Apple-spawn floor (with or without an apple). */
    static final Color APPLE_FLOOR = Color.web("#e4f2dc");
    /** An apple. */
    static final Color APPLE = Color.web("#2e9e3e");
    /** Cell borders on the walkable cells. */
    static final Color BORDER = Color.web("#d3cec2");
    /** The cleaning beam, translucent over the cells it covers. */
    static final Color BEAM = Color.rgb(255, 214, 0, 0.3);
    /** The rays drawn through beam cells. */
    static final Color BEAM_RAY = Color.rgb(255, 200, 0, 0.9);
    /** Outline of beam cells. */
    static final Color BEAM_EDGE = Color.web("#d9a400");

    private static final String[] NAMES = new String[Cell.TYPES];
    private static final Color[] FILLS = new Color[Cell.TYPES];

    static {
        NAMES[Cell.EMPTY] = "empty";
        NAMES[Cell.WALL] = "wall";
        NAMES[Cell.WASTE] = "waste";
        NAMES[Cell.RIVER] = "river";
        NAMES[Cell.APPLE] = "apple";
        NAMES[Cell.APPLE_SPAWN] = "apple_spawn";
        NAMES[Cell.COIN_0] = "coin_0";
        NAMES[Cell.COIN_1] = "coin_1";
        FILLS[Cell.EMPTY] = FLOOR;
        FILLS[Cell.WALL] = WALL;
        FILLS[Cell.WASTE] = WASTE;
        FILLS[Cell.RIVER] = RIVER;
        FILLS[Cell.APPLE] = APPLE_FLOOR;
        FILLS[Cell.APPLE_SPAWN] = APPLE_FLOOR;
        FILLS[Cell.COIN_0] = FLOOR;
        FILLS[Cell.COIN_1] = FLOOR;
    }

    private GridCellStyle() {
    }

    /**
     * @param type a {@link Cell} code in {@code [0, Cell.TYPES)}
     * @return its CSV name: "empty", "wall", "waste", "river", "apple", "apple_spawn", "coin_0" or "coin_1"
     */
    static String name(int type) {
        return NAMES[type];
    }

    /** @param type a {@link Cell} code in {@code [0, Cell.TYPES)} @return the colour of its floor */
    static Color fill(int type) {
        return FILLS[type];
    }
}
