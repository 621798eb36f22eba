package org.incentivelab.ui.view;

/**
 * The geometry of the {@link GridWorldView} for one canvas size and board size: the board of square cells on the
 * left, centred in its area, and the side panel (step, gauge, rewards) on the right. Immutable; all lengths in
 * pixels.
 */
final class GridWorldLayout {
    /** Width of the side panel at font scale 1, when the canvas is wide enough. */
    static final double SIDE_WIDTH = 250;
    /** Largest share of the canvas width the side panel takes on narrow canvases. */
    static final double SIDE_SHARE = 0.42;
    /** Largest cell side at font scale 1, so that a 3×3 board does not fill a large window with three cells. */
    static final double MAX_CELL = 90;

    private final double width;
    private final double height;
    private final double fs;
    private final double pad;
    private final double cell;
    private final double boardX;
    private final double boardY;
    private final double sideX;
    private final double sideWidth;

    /**
     * @param width canvas width
     * @param height canvas height
     * @param fs font scale, {@link #fontScale}
     * @param columns board columns, at least 1
     * @param rows board rows, at least 1
     */
    GridWorldLayout(double width, double height, double fs, int columns, int rows) {
        this.width = width;
        this.height = height;
        this.fs = fs;
        this.pad = 8 * fs;
        this.sideWidth = Math.min(SIDE_WIDTH * fs, SIDE_SHARE * width);
        this.sideX = width - pad - sideWidth;
        double areaW = Math.max(1, sideX - 2 * pad);
        double areaH = Math.max(1, height - 2 * pad);
        this.cell = Math.max(1, Math.floor(Math.min(MAX_CELL * fs, Math.min(areaW / columns, areaH / rows))));
        this.boardX = Math.floor(pad + (areaW - cell * columns) / 2);
        this.boardY = Math.floor(pad + (areaH - cell * rows) / 2);
    }

    /**
     * @param w canvas width
     * @param h canvas height
     * @return 1 at the preferred size of the view and below, growing with the canvas up to 1.8
     */
    static double fontScale(double w, double h) {
        double s = Math.min(w / GridWorldView.PREF_WIDTH, h / GridWorldView.PREF_HEIGHT);
        return Math.max(1, Math.min(1.8, s));
    }

    /** @return the canvas width */
    double width() {
        return width;
    }

    /** @return the canvas height */
    double height() {
        return height;
    }

    /** @return the font scale */
    double fs() {
        return fs;
    }

    /** @return the margin around the board and the side panel */
    double pad() {
        return pad;
    }

    /** @return the side of one cell, a whole number of pixels, at least 1 */
    double cell() {
        return cell;
    }

    /** @param x a column @return the left edge of that column */
    double cellX(int x) {
        return boardX + x * cell;
    }

    /** @param y a row @return the top edge of that row */
    double cellY(int y) {
        return boardY + y * cell;
    }

    /** @return the left edge of the side panel */
    double sideX() {
        return sideX;
    }

    /** @return the width of the side panel */
    double sideWidth() {
        return sideWidth;
    }

    /** @return the height of one text line in the side panel */
    double lineHeight() {
        return 17 * fs;
    }
}
