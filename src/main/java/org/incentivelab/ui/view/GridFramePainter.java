package org.incentivelab.ui.view;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.incentivelab.run.GridFrame;
import org.incentivelab.ui.view.GridWorldView.Gauge;

/**
 * Draws one gridworld frame on a whole canvas for {@link GridWorldView} and {@link GridEpisodeView}: the background,
 * then either a centred message (no frame) or the board ({@link GridBoardPainter}) and the side panel
 * ({@link GridSidePanel}) placed by {@link GridWorldLayout}. FX thread only.
 */
final class GridFramePainter {
    private final GridBoardPainter board = new GridBoardPainter();
    private final GridSidePanel side = new GridSidePanel();

    /**
     * @param w the canvas width in pixels
     * @param h the canvas height in pixels
     * @param f the frame, or null to write {@code message} instead
     * @param roles each agent's role label for the side panel, or null for none
     * @param message shown when there is no frame
     */
    void draw(GraphicsContext g, double w, double h, GridFrame f, String[] roles, String message) {
        g.setFill(DilemmaPalette.BACKGROUND);
        g.fillRect(0, 0, w, h);
        double fs = GridWorldLayout.fontScale(w, h);
        if (f == null) {
            DilemmaPalette.text(g, message, w / 2, h / 2, DilemmaPalette.font(12 * fs), DilemmaPalette.MUTED,
                    TextAlignment.CENTER, VPos.CENTER);
            return;
        }
        GridWorldLayout layout = new GridWorldLayout(w, h, fs, f.width(), f.height());
        board.draw(g, layout, f);
        side.draw(g, layout, f, Gauge.of(f), roles);
    }
}
