package org.incentivelab.ui.view;

import javafx.geometry.Point2D;

/**
 * Maps canvas points of {@link PayoffMatrixView} to the {@link IncentiveCell}s of its modified matrix and back.
 *
 * <p>The view lays everything out in a fixed logical frame that {@link PayoffMatrixView#draw} scales uniformly
 * and translates to fit the canvas; it reports that transform with {@link #setFrame} on every repaint, and this
 * class inverts it. In the modified matrix rows are player 1's action and columns player 2's (C first); each
 * cell's left half is player 1's incentive, its right half player 2's.
 *
 * <p>Threading: FX application thread only, like the view.
 */
final class CellHitTest {
    private double scale = 1;
    private double originX;
    private double originY;

    /**
     * Records the transform of the last repaint: canvas = origin + logical · scale.
     *
     * @param originX the canvas x of the logical frame's left edge
     * @param originY the canvas y of the logical frame's top edge
     * @param scale canvas pixels per logical unit
     */
    void setFrame(double originX, double originY, double scale) {
        this.originX = originX;
        this.originY = originY;
        this.scale = scale;
    }

    /**
     * @param x canvas x
     * @param y canvas y
     * @return the half of the modified matrix under the point, or null outside it
     */
    IncentiveCell at(double x, double y) {
        double lx = (x - originX) / scale;
        double ly = (y - originY) / scale;
        double rx = lx - PayoffMatrixView.MODIFIED_X - PayoffMatrixView.ROW_HEAD;
        double ry = ly - PayoffMatrixView.CELL_TOP;
        if (rx < 0 || ry < 0 || rx >= 2 * PayoffMatrixView.CELL_W || ry >= 2 * PayoffMatrixView.CELL_H) {
            return null;
        }
        int c = (int) (rx / PayoffMatrixView.CELL_W);
        int r = (int) (ry / PayoffMatrixView.CELL_H);
        boolean right = rx - c * PayoffMatrixView.CELL_W >= PayoffMatrixView.CELL_W / 2;
        int a1 = PayoffMatrixView.actionAt(r);
        int a2 = PayoffMatrixView.actionAt(c);
        return right ? new IncentiveCell(1, a2, a1) : new IncentiveCell(0, a1, a2);
    }

    /** @return the canvas point at the bottom-left corner of a cell's half, where its editor opens */
    Point2D corner(IncentiveCell cell) {
        int a1 = cell.player() == 0 ? cell.own() : cell.other();
        int a2 = cell.player() == 0 ? cell.other() : cell.own();
        double lx = PayoffMatrixView.MODIFIED_X + PayoffMatrixView.ROW_HEAD
                + PayoffMatrixView.column(a2) * PayoffMatrixView.CELL_W
                + cell.player() * PayoffMatrixView.CELL_W / 2;
        double ly = PayoffMatrixView.CELL_TOP + PayoffMatrixView.column(a1) * PayoffMatrixView.CELL_H
                + PayoffMatrixView.CELL_H;
        return new Point2D(originX + lx * scale, originY + ly * scale);
    }
}
