package org.incentivelab.report;

import org.incentivelab.preset.Preset;

/**
 * One entry of a paper's table to reproduce: which runs produce it, what the paper reports and what counts
 * as reproduced. Cells of the same table that share a preset share its runs.
 *
 * @param experiment the table's column group, e.g. "PD"
 * @param setting the table's row, e.g. "planner"
 * @param metric the reported figure
 * @param paper the paper's mean ± std, in the metric's unit (probabilities as fractions)
 * @param accept the interval the reproduced mean must fall in
 * @param pattern a claim relative to another cell that must also hold, or null
 * @param preset the runs (its seeds and episodes) that produce the cell
 */
public record Cell(
        String experiment,
        String setting,
        TableMetric metric,
        MeanStd paper,
        Interval accept,
        Pattern pattern,
        Preset preset) {
}
