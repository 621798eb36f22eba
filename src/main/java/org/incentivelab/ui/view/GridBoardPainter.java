package org.incentivelab.ui.view;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.incentivelab.env.grid.Cell;
import org.incentivelab.run.GridFrame;

/**
 * Draws the board of the {@link GridWorldView} from a {@link GridFrame}, bottom to top: the cells
 * ({@link GridCellStyle}; apples as green dots), the cleaning beam as a translucent yellow overlay on the cells it
 * covered, the Coin Game's coins as small discs in their owner's colour, the agents as numbered circles in their
 * colour ({@link ChartStyle#PALETTE}; in Cleanup with a notch on top because agents always face up) and, above
 * each agent that received more than {@value #MIN_INCENTIVE} in the step, a floating label such as "+0.42". Two
 * agents on one cell (possible in the Coin Game) are drawn side by side at a smaller size. FX thread only.
 */
final class GridBoardPainter {
    /** Incentives received up to this amount get no label (LIO's sigmoid outputs are never exactly zero). */
    static final double MIN_INCENTIVE = 0.005;

    private final double[] notchX = new double[3];
    private final double[] notchY = new double[3];

    /**
     * @param received the incentives an agent received in a step
     * @return its floating label, e.g. "+0.42", or null if it is at most {@value #MIN_INCENTIVE}
     */
    static String incentiveLabel(double received) {
        return received > MIN_INCENTIVE ? DilemmaPalette.signed(received) : null;
    }

    /** Draws the whole board of {@code f} in the layout {@code l}. */
    void draw(GraphicsContext g, GridWorldLayout l, GridFrame f) {
        cells(g, l, f);
        beam(g, l, f);
        coins(g, l, f);
        for (int i = 0; i < f.agentCount(); i++) {
            agent(g, l, f, i);
        }
        for (int i = 0; i < f.agentCount(); i++) {
            incentive(g, l, f, i);
        }
    }

    private static void cells(GraphicsContext g, GridWorldLayout l, GridFrame f) {
        double c = l.cell();
        g.setLineWidth(1);
        for (int y = 0; y < f.height(); y++) {
            for (int x = 0; x < f.width(); x++) {
                int type = f.cell(x, y);
                double px = l.cellX(x);
                double py = l.cellY(y);
                g.setFill(GridCellStyle.fill(type));
                g.fillRect(px, py, c, c);
                if (type == Cell.WALL) {
                    continue;
                }
                if (type == Cell.APPLE) {
                    g.setFill(GridCellStyle.APPLE);
                    g.fillOval(px + 0.22 * c, py + 0.22 * c, 0.56 * c, 0.56 * c);
                } else if (type == Cell.WASTE) {
                    g.setFill(GridCellStyle.WASTE_SPECK);
                    g.fillOval(px + 0.2 * c, py + 0.3 * c, 0.14 * c, 0.12 * c);
                    g.fillOval(px + 0.6 * c, py + 0.55 * c, 0.16 * c, 0.13 * c);
                    g.fillOval(px + 0.35 * c, py + 0.7 * c, 0.1 * c, 0.09 * c);
                }
                g.setStroke(GridCellStyle.BORDER);
                g.strokeRect(px + 0.5, py + 0.5, c - 1, c - 1);
            }
        }
    }

    /** Beam cells: a translucent yellow wash, two upward rays and a yellow edge, the floor still showing. */
    private static void beam(GraphicsContext g, GridWorldLayout l, GridFrame f) {
        double c = l.cell();
        for (int y = 0; y < f.height(); y++) {
            for (int x = 0; x < f.width(); x++) {
                if (!f.beamAt(x, y)) {
                    continue;
                }
                double px = l.cellX(x);
                double py = l.cellY(y);
                g.setFill(GridCellStyle.BEAM);
                g.fillRect(px, py, c, c);
                g.setStroke(GridCellStyle.BEAM_RAY);
                g.setLineWidth(Math.max(1, 0.05 * c));
                g.strokeLine(px + c / 3, py, px + c / 3, py + c);
                g.strokeLine(px + 2 * c / 3, py, px + 2 * c / 3, py + c);
                g.setStroke(GridCellStyle.BEAM_EDGE);
                g.setLineWidth(1.5);
                g.strokeRect(px + 1, py + 1, c - 2, c - 2);
            }
        }
    }

    private static void coins(GraphicsContext g, GridWorldLayout l, GridFrame f) {
        double c = l.cell();
        double r = 0.2 * c;
        for (int y = 0; y < f.height(); y++) {
            for (int x = 0; x < f.width(); x++) {
                int owner = f.coinAt(x, y);
                if (owner < 0) {
                    continue;
                }
                double cx = l.cellX(x) + c / 2;
                double cy = l.cellY(y) + c / 2;
                g.setFill(LioPalette.agent(owner));
                g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
                g.setStroke(Color.WHITE);
                g.setLineWidth(Math.max(1, 0.05 * c));
                g.strokeOval(cx - 0.6 * r, cy - 0.6 * r, 1.2 * r, 1.2 * r);
                g.setStroke(DilemmaPalette.TEXT);
                g.setLineWidth(1);
                g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
            }
        }
    }

    private void agent(GraphicsContext g, GridWorldLayout l, GridFrame f, int i) {
        double r = radius(l, f, i);
        double cx = centreX(l, f, i);
        double cy = l.cellY(f.agentY(i)) + l.cell() / 2;
        Color colour = LioPalette.agent(i);
        if (!f.coinGame()) {
            notchX[0] = cx;
            notchY[0] = cy - 1.45 * r;
            notchX[1] = cx - 0.5 * r;
            notchY[1] = cy - 0.75 * r;
            notchX[2] = cx + 0.5 * r;
            notchY[2] = cy - 0.75 * r;
            g.setFill(colour);
            g.fillPolygon(notchX, notchY, 3);
        }
        g.setFill(colour);
        g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
        g.setStroke(Color.WHITE);
        g.setLineWidth(Math.max(1.5, 0.12 * r));
        g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
        DilemmaPalette.text(g, Integer.toString(i + 1), cx, cy, DilemmaPalette.bold(Math.max(9, 1.05 * r)),
                Color.WHITE, TextAlignment.CENTER, VPos.CENTER);
    }

    private static void incentive(GraphicsContext g, GridWorldLayout l, GridFrame f, int i) {
        String label = incentiveLabel(f.incentiveReceived(i));
        if (label == null) {
            return;
        }
        double fs = l.fs();
        Font font = DilemmaPalette.bold(12 * fs);
        double bw = TextMeasure.width(label, font) + 8 * fs;
        double bh = 17 * fs;
        double r = radius(l, f, i);
        double cx = centreX(l, f, i);
        double top = l.cellY(f.agentY(i)) + l.cell() / 2 - 1.45 * r - 3 * fs - bh - slot(f, i) * (bh + 2 * fs);
        double x = Math.max(1, Math.min(l.width() - bw - 1, cx - bw / 2));
        double y = Math.max(1, top);
        g.setFill(Color.rgb(255, 255, 255, 0.92));
        g.fillRoundRect(x, y, bw, bh, 6 * fs, 6 * fs);
        g.setStroke(DilemmaPalette.POSITIVE);
        g.setLineWidth(1.2);
        g.strokeRoundRect(x, y, bw, bh, 6 * fs, 6 * fs);
        DilemmaPalette.text(g, label, x + bw / 2, y + bh / 2, font, DilemmaPalette.POSITIVE, TextAlignment.CENTER,
                VPos.CENTER);
    }

    /** @return the radius of agent i's circle: smaller when it shares its cell */
    private static double radius(GridWorldLayout l, GridFrame f, int i) {
        return (sharing(f, i) == 1 ? 0.34 : 0.22) * l.cell();
    }

    /** @return the centre x of agent i's circle; agents sharing a cell stand side by side in index order */
    private static double centreX(GridWorldLayout l, GridFrame f, int i) {
        double centre = l.cellX(f.agentX(i)) + l.cell() / 2;
        return centre + (slot(f, i) - (sharing(f, i) - 1) / 2.0) * 2.1 * radius(l, f, i);
    }

    /** @return how many agents with a smaller index stand on agent i's cell (its labels stack in that order) */
    private static int slot(GridFrame f, int i) {
        int slot = 0;
        for (int j = 0; j < i; j++) {
            if (f.agentX(j) == f.agentX(i) && f.agentY(j) == f.agentY(i)) {
                slot++;
            }
        }
        return slot;
    }

    /** @return the number of agents on agent i's cell, itself included */
    private static int sharing(GridFrame f, int i) {
        int n = 0;
        for (int j = 0; j < f.agentCount(); j++) {
            if (f.agentX(j) == f.agentX(i) && f.agentY(j) == f.agentY(i)) {
                n++;
            }
        }
        return n;
    }
}
