package org.incentivelab.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.incentivelab.run.LioMetricNames;
import org.incentivelab.run.D3cMetricNames;
import org.incentivelab.run.D3cState;
import org.incentivelab.run.LioState;
import org.incentivelab.run.MetricNames;
import org.incentivelab.run.Series;
import org.incentivelab.run.Snapshot;

/** Episode and progress, the headline figures of Table 4.2 (mean over seeds), and any error or notice. */
final class StatusBar extends HBox {
    private final ProgressBar progress = new ProgressBar(0);
    private final Label episode = new Label();
    private final Label figures = new Label();
    private final Label message = new Label();

    StatusBar() {
        setSpacing(14);
        setPadding(new Insets(4, 8, 4, 8));
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("status-bar");
        episode.setId("episode-label");
        figures.setId("figures-label");
        message.setId("message-label");
        message.getStyleClass().add("status-message");
        progress.setPrefWidth(160);
        progress.setTooltip(new Tooltip("Episodes done of the preset's episodes"));
        figures.setTooltip(new Tooltip("Mean over seeds. Planning agent — P(C,C): probability of mutual cooperation; "
                + "V: expected social welfare per round (max 2R); Σ|r^p|: incentives paid so far. LIO — the latest "
                + "evaluation's collective extrinsic return per episode and the incentives paid by the agents or the designer."
                + " D3C — the ratio Σ_i f_i / min Σ f over the batch's games and ρ = worst Nash / optimum"));
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(progress, episode, figures, message);
    }

    void update(Snapshot s) {
        progress.setProgress(Math.min(1, (double) s.episode() / s.episodesPlanned()));
        String step = s.stepName();
        episode.setText(String.format("%s %,d / %,d%s · %d seed%s", step, s.episode(), s.episodesPlanned(),
                step.equals("iteration") ? " (2 episodes each)" : "", s.seeds(), s.seeds() == 1 ? "" : "s"));
        if (s.state() instanceof D3cState d3c) {
            figures.setText(String.format("%,d games: ratio to optimal median %.4f, mean %.4f   ρ %.4f",
                    d3c.ratios().length, last(s, D3cMetricNames.RATIO), last(s, D3cMetricNames.RATIO_MEAN),
                    last(s, D3cMetricNames.PRICE_OF_ANARCHY)));
        } else if (s.state() instanceof LioState lio) {
            double collective = last(s, LioMetricNames.COLLECTIVE_RETURN);
            double paid = collective - last(s, LioMetricNames.DESIGNER_RETURN); // by a designer, if any
            for (int i = 1; i <= lio.environment().agents(); i++) {
                paid += last(s, LioMetricNames.given(i));
            }
            double optimum = lio.environment().optimalReturn();
            String best = Double.isFinite(optimum)
                    ? " (optimum " + java.math.BigDecimal.valueOf(optimum).stripTrailingZeros().toPlainString() + ")" : "";
            figures.setText(lio.mixing() != null // RL D3C pays nothing: its agents share rewards
                    ? String.format("collective return %.2f%s   ln(A_ii/A_ij) of run 1: %s", collective, best,
                            java.util.Arrays.stream(lio.mixing().attention()).mapToObj(a -> String.format("%.2f", a))
                                    .collect(java.util.stream.Collectors.joining(", ")))
                    : String.format("collective return %.2f%s   incentives paid %.2f per episode%s", collective, best,
                            paid, lio.frozen() ? " (frozen)" : ""));
        } else {
            figures.setText(String.format("P(C,C) %.1f%%   V %.3f   Σ|r^p| %.1f",
                    100 * last(s, MetricNames.MUTUAL_COOPERATION), last(s, MetricNames.WELFARE),
                    last(s, MetricNames.PAID_CUMULATIVE)));
        }
        if (s.failure().isPresent()) {
            showError(s.failure().get());
        } else if (s.notice().isPresent()) {
            showError(s.notice().get());
        }
    }

    /** Shows an error until the next one (or {@link #clear}). */
    void showError(String text) {
        message.setText(text);
        message.setTooltip(new Tooltip(text));
    }

    /** @return the message shown, "" if none */
    String message() {
        return message.getText();
    }

    void clear() {
        message.setText("");
        message.setTooltip(null);
    }

    private static double last(Snapshot s, String name) {
        return s.series(name).map(Series::last).orElse(Double.NaN);
    }
}
