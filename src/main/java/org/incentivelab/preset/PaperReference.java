package org.incentivelab.preset;

/**
 * A number the paper (or its reference code) reports for a preset's run, drawn by the time charts as a dashed
 * horizontal line on the chart that shows the metric. Checked by {@link PresetValidator}: the metric must be a
 * recorded series of the preset's game, the value finite, the label non-empty.
 *
 * @param metric the name of a recorded series, one of {@link org.incentivelab.run.MetricNames} as listed by
 *     {@link org.incentivelab.run.Experiment#seriesNames(int)} for the preset's number of players, e.g.
 *     {@code "P(C,C)"}, {@code "V"}, {@code "mean P(C)"}
 * @param value the reported value in the series' units (a probability as a fraction, 0.987 for 98.7%; welfare
 *     in payoff units per round)
 * @param label the text drawn with the line, e.g. {@code "paper 98.7%"}; it should say where the number comes
 *     from (the paper's table, or a single run of the reference code)
 */
public record PaperReference(String metric, double value, String label) {
}
