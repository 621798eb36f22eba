package org.incentivelab.ui.view;

import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.stage.Popup;
import javafx.stage.Window;
import org.incentivelab.env.DilemmaGame;
import org.incentivelab.env.SocialDilemma;
import org.incentivelab.run.Command;
import org.incentivelab.run.Snapshot;

/**
 * The 2×2 payoff matrix of the game (thesis 003 Table 3.1) next to the matrix each player faces with the
 * planner's incentives added (payoff + r^p_i, §4.1.1), the four social-dilemma conditions of §3.1.2 as badges
 * and the game class of the original and of each player's modified game (digest 003 §7 item 1).
 *
 * <p>Rows are player 1's action, columns player 2's; a cell reads (player 1's payoff, player 2's payoff). In
 * the modified matrix each cell is split: the left half is player 1's payoff plus its incentive, the right half
 * player 2's; each half is tinted by its incentive (green rewards, red punishes, full colour at ±c). Halves
 * the user overrides are outlined in dashed orange and tagged "user". Clicking a half opens an
 * {@link IncentiveEditor}, a slider in [−c, c] that sends {@link Command.OverrideIncentive} as it moves ("Clear
 * override" sends NaN); the mouse wheel nudges the value by ±0.1.
 *
 * <p>For N &gt; 2 there is no matrix: the view shows R, S, T, P and the linear payoffs u_C(k), u_D(k).
 *
 * <p>Implementation notes: everything is laid out in a fixed logical frame of {@value #WIDTH} × {@value #HEIGHT}
 * units that is scaled uniformly to fit the canvas, so the text grows when the view is enlarged for projection;
 * {@link CellHitTest} inverts that transform to find the half under the mouse.
 */
public final class PayoffMatrixView extends CanvasView {
    static final double WIDTH = 500;
    static final double HEIGHT = 318;
    /** Preferred size: the logical frame at scale 1 plus margins (text-dense, so wider than the plots). */
    static final double PREF_WIDTH = 520;
    static final double PREF_HEIGHT = 345;

    private static final double ORIGINAL_X = 0;
    // the modified matrix's geometry is shared with CellHitTest
    static final double MODIFIED_X = 264;
    static final double ROW_HEAD = 32;
    static final double CELL_W = 102;
    static final double CELL_H = 56;
    private static final double TITLE_Y = 10;
    private static final double COLUMN_HEAD_Y = 32;
    static final double CELL_TOP = 42;
    private static final double LEGEND_Y = 170;
    private static final double TABLE_HEAD_Y = 192;
    private static final double TABLE_ROW_Y = 216;
    private static final double TABLE_ROW_H = 32;
    private static final double[] BADGE_X = {104, 152, 214, 290};
    private static final double CLASS_X = 338;
    private static final double BADGE_R = 9;
    private static final double NUDGE = 0.1;

    private final Consumer<Command> commands;
    private final Tooltip hoverTip;
    private final Font title = DilemmaPalette.bold(13);
    private final Font big = DilemmaPalette.bold(16);
    private final Font payoff = DilemmaPalette.bold(14);
    private final Font small = DilemmaPalette.font(12);
    private final Font smallBold = DilemmaPalette.bold(12);
    private final Font label = DilemmaPalette.bold(13);

    private final IncentiveEditor editor = new IncentiveEditor(this::overrideCell);
    private final CellHitTest hits = new CellHitTest();
    private long wheelNanos;
    private IncentiveCell wheelCell;
    private double wheelValue;

    /** @param commands receives the incentive overrides the user makes (normally the trainer's submit) */
    public PayoffMatrixView(Consumer<Command> commands) {
        super("player,own,other,payoff,incentive,modified_payoff,overridden");
        this.commands = Objects.requireNonNull(commands, "commands");
        pane.setPrefSize(PREF_WIDTH, PREF_HEIGHT);
        pane.canvas().addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        pane.canvas().addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        pane.canvas().addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        hoverTip = pane.installHoverTip(description());
    }

    @Override
    public String title() {
        return "Payoff matrix";
    }

    @Override
    public String description() {
        return "Left: the game's payoffs (player 1 chooses the row, player 2 the column; a cell reads "
                + "player 1's payoff, player 2's payoff). Greed = T − R is what a player gains by defecting on a "
                + "cooperator; fear = P − S is what a cooperator loses when the other defects. Right: the game each "
                + "player actually learns from, its payoff plus the planner's extra reward or punishment in that "
                + "outcome (the small number; green rewards, red punishes). Badges: the four social-dilemma "
                + "conditions (1) R>P, (2) R>S, (3) 2R>T+S, (4) greed>0 or fear>0, for the original game and for "
                + "each player's modified game. When the planner drives greed and fear below zero the modified game "
                + "is no longer a dilemma. Click a number in the right matrix to override that incentive.";
    }

    /**
     * Sends the command that overrides one cell of a player's incentive table, as the editor does.
     *
     * @param player i in [0, N)
     * @param ownAction 0 (D) or 1 (C)
     * @param otherAction the other player's action for N = 2 (0 = D, 1 = C), or the number of other cooperators
     * @param value the incentive per round in [−c, c], or NaN to clear the override
     */
    public void overrideCell(int player, int ownAction, int otherAction, double value) {
        commands.accept(new Command.OverrideIncentive(player, ownAction, otherAction, value));
    }

    private void overrideCell(IncentiveCell cell, double value) {
        overrideCell(cell.player(), cell.own(), cell.other(), value);
    }

    @Override
    void writeCsvRows(Writer out, Snapshot s) throws IOException {
        int n = s.planner().players();
        DilemmaGame game = new DilemmaGame(n, s.planner().payoffs());
        for (int i = 0; i < n; i++) {
            for (int own = 1; own >= 0; own--) {
                for (int k = n - 1; k >= 0; k--) {
                    double base = own == DilemmaGame.COOPERATE ? game.cooperatorPayoff(k) : game.defectorPayoff(k);
                    double incentive = s.planner().incentives()[i][own][k];
                    String other = n == 2 ? name(k) : Integer.toString(k);
                    out.write((i + 1) + "," + name(own) + "," + other + "," + DilemmaPalette.csv(base) + ","
                            + DilemmaPalette.csv(incentive) + "," + DilemmaPalette.csv(base + incentive) + ","
                            + s.planner().overridden()[i][own][k] + "\n");
                }
            }
        }
    }

    // ---------------------------------------------------------------- drawing

    /** @return 1: the whole drawing is scaled to fit instead (see {@link #draw}) */
    @Override
    double fontScale(double w, double h) {
        return 1;
    }

    @Override
    void draw(GraphicsContext g, double w, double h, double fs, Snapshot s) {
        double margin = 8;
        double scale = Math.max(0.1, Math.min((w - 2 * margin) / WIDTH, (h - 2 * margin) / HEIGHT));
        double originX = (w - WIDTH * scale) / 2;
        double originY = margin;
        hits.setFrame(originX, originY, scale);
        g.save();
        g.translate(originX, originY);
        g.scale(scale, scale);
        if (s.planner().players() == 2) {
            drawTwoPlayers(g, s);
        } else {
            drawManyPlayers(g, s);
        }
        g.restore();
    }

    private void drawTwoPlayers(GraphicsContext g, Snapshot s) {
        SocialDilemma game = s.planner().payoffs();
        drawFrame(g, ORIGINAL_X, "Original game");
        drawFrame(g, MODIFIED_X, "Modified by the planner");
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 2; c++) {
                int a1 = actionAt(r);
                int a2 = actionAt(c);
                double x = ORIGINAL_X + ROW_HEAD + c * CELL_W;
                double y = CELL_TOP + r * CELL_H;
                double cx = x + CELL_W / 2;
                double cy = y + CELL_H / 2;
                g.setFill(DilemmaPalette.BACKGROUND);
                g.fillRect(x, y, CELL_W, CELL_H);
                DilemmaPalette.text(g, DilemmaPalette.number(game.payoff(a1, a2)), cx - 6, cy - 4, big,
                        DilemmaPalette.PLAYER_1, TextAlignment.RIGHT, VPos.CENTER);
                DilemmaPalette.text(g, ",", cx - 3, cy - 4, big, DilemmaPalette.MUTED, TextAlignment.CENTER,
                        VPos.CENTER);
                DilemmaPalette.text(g, DilemmaPalette.number(game.payoff(a2, a1)), cx + 4, cy - 4, big,
                        DilemmaPalette.PLAYER_2, TextAlignment.LEFT, VPos.CENTER);
                DilemmaPalette.text(g, letter(a1, a2) + ", " + letter(a2, a1), cx, cy + 16, small,
                        DilemmaPalette.MUTED, TextAlignment.CENTER, VPos.CENTER);

                double mx = MODIFIED_X + ROW_HEAD + c * CELL_W;
                drawHalf(g, s, 0, a1, a2, mx, y);
                drawHalf(g, s, 1, a2, a1, mx + CELL_W / 2, y);
            }
        }
        drawGrid(g, ORIGINAL_X);
        drawGrid(g, MODIFIED_X);
        g.setStroke(DilemmaPalette.GRID);
        g.setLineWidth(1);
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 2; c++) {
                double x = MODIFIED_X + ROW_HEAD + c * CELL_W + CELL_W / 2;
                double y = CELL_TOP + r * CELL_H;
                g.strokeLine(x, y + 6, x, y + CELL_H - 6);
            }
        }
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 2; c++) {
                int a1 = actionAt(r);
                int a2 = actionAt(c);
                double x = MODIFIED_X + ROW_HEAD + c * CELL_W;
                double y = CELL_TOP + r * CELL_H;
                if (s.planner().overridden()[0][a1][a2]) {
                    drawOverride(g, x, y);
                }
                if (s.planner().overridden()[1][a2][a1]) {
                    drawOverride(g, x + CELL_W / 2, y);
                }
            }
        }
        drawLegend(g, s);
        drawTable(g, s);
    }

    private void drawFrame(GraphicsContext g, double x0, String heading) {
        DilemmaPalette.text(g, heading, x0 + ROW_HEAD + CELL_W, TITLE_Y, title, DilemmaPalette.TEXT,
                TextAlignment.CENTER, VPos.CENTER);
        for (int c = 0; c < 2; c++) {
            DilemmaPalette.text(g, c == 0 ? "C" : "D", x0 + ROW_HEAD + c * CELL_W + CELL_W / 2, COLUMN_HEAD_Y,
                    label, DilemmaPalette.PLAYER_2, TextAlignment.CENTER, VPos.CENTER);
        }
        for (int r = 0; r < 2; r++) {
            DilemmaPalette.text(g, r == 0 ? "C" : "D", x0 + ROW_HEAD / 2, CELL_TOP + r * CELL_H + CELL_H / 2,
                    label, DilemmaPalette.PLAYER_1, TextAlignment.CENTER, VPos.CENTER);
        }
        DilemmaPalette.text(g, "1\\2", x0 + ROW_HEAD / 2, COLUMN_HEAD_Y, small, DilemmaPalette.MUTED,
                TextAlignment.CENTER, VPos.CENTER);
    }

    private void drawGrid(GraphicsContext g, double x0) {
        g.setStroke(DilemmaPalette.AXIS);
        g.setLineWidth(1);
        g.setLineDashes((double[]) null);
        double x = x0 + ROW_HEAD;
        for (int k = 0; k <= 2; k++) {
            g.strokeLine(x + k * CELL_W, CELL_TOP, x + k * CELL_W, CELL_TOP + 2 * CELL_H);
            g.strokeLine(x, CELL_TOP + k * CELL_H, x + 2 * CELL_W, CELL_TOP + k * CELL_H);
        }
    }

    private void drawHalf(GraphicsContext g, Snapshot s, int player, int own, int other, double x, double y) {
        double incentive = s.planner().incentives()[player][own][other];
        double base = s.planner().payoffs().payoff(own, other);
        double half = CELL_W / 2;
        g.setFill(DilemmaPalette.incentiveTint(incentive, s.planner().maxReward()));
        g.fillRect(x, y, half, CELL_H);
        double cx = x + half / 2;
        double cy = y + CELL_H / 2;
        DilemmaPalette.text(g, DilemmaPalette.fixed(base + incentive), cx, cy - 3, payoff,
                DilemmaPalette.player(player), TextAlignment.CENTER, VPos.CENTER);
        DilemmaPalette.text(g, DilemmaPalette.signed(incentive), cx, cy + 14, small,
                DilemmaPalette.signColor(incentive), TextAlignment.CENTER, VPos.CENTER);
    }

    private void drawOverride(GraphicsContext g, double x, double y) {
        g.setStroke(DilemmaPalette.OVERRIDE);
        g.setLineWidth(2);
        g.setLineDashes(4, 3);
        g.strokeRect(x + 2, y + 2, CELL_W / 2 - 4, CELL_H - 4);
        g.setLineDashes((double[]) null);
        DilemmaPalette.text(g, "user", x + CELL_W / 4, y + 10, smallBold, DilemmaPalette.OVERRIDE,
                TextAlignment.CENTER, VPos.CENTER);
    }

    private void drawLegend(GraphicsContext g, Snapshot s) {
        double y = LEGEND_Y;
        DilemmaPalette.text(g, "incentive", 0, y, small, DilemmaPalette.MUTED, TextAlignment.LEFT, VPos.CENTER);
        double bx = 58;
        double bw = 84;
        String c = DilemmaPalette.number(s.planner().maxReward());
        DilemmaPalette.text(g, "\u2212" + c, bx, y, small, DilemmaPalette.NEGATIVE, TextAlignment.LEFT,
                VPos.CENTER);
        double gx = bx + 22;
        for (int k = 0; k < 21; k++) {
            double v = (k - 10) / 10.0 * s.planner().maxReward();
            g.setFill(DilemmaPalette.incentiveTint(v, s.planner().maxReward()));
            g.fillRect(gx + k * bw / 21, y - 6, bw / 21 + 0.5, 12);
        }
        g.setStroke(DilemmaPalette.AXIS);
        g.setLineWidth(0.8);
        g.strokeRect(gx, y - 6, bw, 12);
        DilemmaPalette.text(g, "+" + c, gx + bw + 4, y, small, DilemmaPalette.POSITIVE, TextAlignment.LEFT,
                VPos.CENTER);
        double ox = gx + bw + 34;
        g.setStroke(DilemmaPalette.OVERRIDE);
        g.setLineWidth(2);
        g.setLineDashes(4, 3);
        g.strokeRect(ox, y - 7, 18, 14);
        g.setLineDashes((double[]) null);
        DilemmaPalette.text(g, "user override · click a number to edit", ox + 24, y, small, DilemmaPalette.MUTED,
                TextAlignment.LEFT, VPos.CENTER);
    }

    private void drawTable(GraphicsContext g, Snapshot s) {
        double y = TABLE_HEAD_Y;
        g.setStroke(DilemmaPalette.GRID);
        g.setLineWidth(1);
        g.strokeLine(0, y - 12, WIDTH, y - 12);
        String[] heads = {"1 R>P", "2 R>S", "3 2R>T+S", "4 greed>0"};
        for (int k = 0; k < 4; k++) {
            DilemmaPalette.text(g, heads[k], BADGE_X[k], y, smallBold, DilemmaPalette.TEXT, TextAlignment.CENTER,
                    VPos.CENTER);
        }
        DilemmaPalette.text(g, "or fear>0", BADGE_X[3], y + 14, smallBold, DilemmaPalette.TEXT,
                TextAlignment.CENTER, VPos.CENTER);
        DilemmaPalette.text(g, "game class", CLASS_X, y, smallBold, DilemmaPalette.TEXT, TextAlignment.LEFT,
                VPos.CENTER);
        DilemmaPalette.text(g, "conditions", 0, y, smallBold, DilemmaPalette.TEXT, TextAlignment.LEFT,
                VPos.CENTER);
        tableRow(g, 0, "original", "game", DilemmaPalette.TEXT, s.planner().payoffs());
        if (s.planner().players() == 2) {
            tableRow(g, 1, "player 1", "+ planner", DilemmaPalette.PLAYER_1, s.planner().modifiedGame(0));
            tableRow(g, 2, "player 2", "+ planner", DilemmaPalette.PLAYER_2, s.planner().modifiedGame(1));
        }
    }

    private void tableRow(GraphicsContext g, int row, String name, String sub, Color color, SocialDilemma game) {
        double y = TABLE_ROW_Y + row * TABLE_ROW_H;
        double cy = y + TABLE_ROW_H / 2;
        g.setFill(DilemmaPalette.region(game.gameClass()));
        g.fillRect(CLASS_X - 6, y + 2, WIDTH - CLASS_X + 6, TABLE_ROW_H - 4);
        DilemmaPalette.text(g, name, 0, cy - 7, label, color, TextAlignment.LEFT, VPos.CENTER);
        DilemmaPalette.text(g, sub, 0, cy + 8, small, DilemmaPalette.MUTED, TextAlignment.LEFT, VPos.CENTER);
        boolean[] ok = game.conditions();
        for (int k = 0; k < 4; k++) {
            DilemmaPalette.badge(g, BADGE_X[k], cy, BADGE_R, ok[k]);
        }
        DilemmaPalette.text(g, game.gameClass().label(), CLASS_X, cy - 7, label, DilemmaPalette.TEXT,
                TextAlignment.LEFT, VPos.CENTER);
        DilemmaPalette.text(g, "greed " + DilemmaPalette.fixed(game.greed()) + " · fear "
                + DilemmaPalette.fixed(game.fear()), CLASS_X, cy + 8, small, DilemmaPalette.MUTED,
                TextAlignment.LEFT, VPos.CENTER);
    }

    private void drawManyPlayers(GraphicsContext g, Snapshot s) {
        SocialDilemma p = s.planner().payoffs();
        int n = s.planner().players();
        double y = 14;
        DilemmaPalette.text(g, "N-player game (N = " + n + "): see the N-player view", 0, y, title,
                DilemmaPalette.TEXT, TextAlignment.LEFT, VPos.CENTER);
        y += 30;
        DilemmaPalette.text(g, "R = " + DilemmaPalette.number(p.reward()) + " (all cooperate),  P = "
                + DilemmaPalette.number(p.punishment()) + " (all defect)", 0, y, small, DilemmaPalette.TEXT,
                TextAlignment.LEFT, VPos.CENTER);
        y += 20;
        DilemmaPalette.text(g, "T = " + DilemmaPalette.number(p.temptation()) + " (lone defector),  S = "
                + DilemmaPalette.number(p.sucker()) + " (lone cooperator)", 0, y, small, DilemmaPalette.TEXT,
                TextAlignment.LEFT, VPos.CENTER);
        y += 30;
        DilemmaPalette.text(g, "k = number of other players who cooperate (0 … " + (n - 1) + ")", 0, y, small,
                DilemmaPalette.MUTED, TextAlignment.LEFT, VPos.CENTER);
        y += 22;
        DilemmaPalette.text(g, "u_C(k) = S + (R \u2212 S)\u00b7k/(N \u2212 1)", 0, y, payoff,
                DilemmaPalette.COOPERATE, TextAlignment.LEFT, VPos.CENTER);
        y += 22;
        DilemmaPalette.text(g, "u_D(k) = P + (T \u2212 P)\u00b7k/(N \u2212 1)", 0, y, payoff,
                DilemmaPalette.DEFECT, TextAlignment.LEFT, VPos.CENTER);
        drawTable(g, s);
    }

    // ---------------------------------------------------------------- interaction

    /** @return the half of the modified matrix under a canvas point, or null (also without a 2-player game) */
    private IncentiveCell hit(double x, double y) {
        Snapshot s = last();
        if (s == null || s.planner().players() != 2) {
            return null;
        }
        return hits.at(x, y);
    }

    private void clicked(MouseEvent e) {
        IncentiveCell cell = hit(e.getX(), e.getY());
        if (cell != null) {
            openEditor(cell, e.getScreenX(), e.getScreenY());
        }
    }

    private void moved(MouseEvent e) {
        IncentiveCell cell = hit(e.getX(), e.getY());
        pane.canvas().setCursor(cell != null ? Cursor.HAND : Cursor.DEFAULT);
        if (cell != null) {
            String text = "Player " + (cell.player() + 1) + " plays " + name(cell.own()) + ", the other plays "
                    + name(cell.other()) + ": click to override the planner's incentive, scroll to nudge it by ±0.1";
            if (!text.equals(hoverTip.getText())) {
                hoverTip.setText(text);
            }
        } else if (!description().equals(hoverTip.getText())) {
            hoverTip.setText(description());
        }
    }

    private void scrolled(ScrollEvent e) {
        IncentiveCell cell = hit(e.getX(), e.getY());
        Snapshot s = last();
        if (cell == null || s == null || e.getDeltaY() == 0) {
            return;
        }
        long now = System.nanoTime();
        double base = cell.equals(wheelCell) && now - wheelNanos < 1_000_000_000L ? wheelValue
                : cell.incentive(s);
        double c = s.planner().maxReward();
        double value = Math.max(-c, Math.min(c, Math.rint((base + Math.signum(e.getDeltaY()) * NUDGE) * 100) / 100));
        wheelCell = cell;
        wheelNanos = now;
        wheelValue = value;
        overrideCell(cell, value);
        e.consume();
    }

    /**
     * Opens the incentive editor for one cell next to it (used by clicks and tests).
     *
     * @param player i in {0, 1}
     * @param own the player's action (0 = D, 1 = C)
     * @param other the other player's action
     */
    void openEditor(int player, int own, int other) {
        IncentiveCell cell = new IncentiveCell(player, own, other);
        Point2D p = pane.canvas().localToScreen(hits.corner(cell));
        openEditor(cell, p == null ? 0 : p.getX(), p == null ? 0 : p.getY());
    }

    private void openEditor(IncentiveCell cell, double screenX, double screenY) {
        Snapshot s = last();
        if (s == null || s.planner().players() != 2) {
            return;
        }
        Window window = pane.getScene() == null ? null : pane.getScene().getWindow();
        editor.open(cell, s.planner().maxReward(), cell.incentive(s), window, screenX, screenY);
    }

    /** @return the editor popup (for tests) */
    Popup editor() {
        return editor.popup();
    }

    /** @return the editor's slider (for tests) */
    Slider editorSlider() {
        return editor.slider();
    }

    // ---------------------------------------------------------------- helpers

    /** @return the action of matrix row/column index r (0 = C first, as in Table 3.1) */
    static int actionAt(int index) {
        return index == 0 ? DilemmaGame.COOPERATE : DilemmaGame.DEFECT;
    }

    /** @return the matrix row/column index of an action */
    static int column(int action) {
        return action == DilemmaGame.COOPERATE ? 0 : 1;
    }

    static String name(int a) {
        return a == DilemmaGame.COOPERATE ? "C" : "D";
    }

    /** @return R, S, T or P: the name of the row player's payoff */
    private static String letter(int own, int other) {
        if (own == DilemmaGame.COOPERATE) {
            return other == DilemmaGame.COOPERATE ? "R" : "S";
        }
        return other == DilemmaGame.COOPERATE ? "T" : "P";
    }
}
