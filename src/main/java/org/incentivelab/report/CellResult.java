package org.incentivelab.report;

import java.util.List;

/**
 * A reproduced cell: our mean ± std over the cell's seeds and the verdict.
 *
 * @param cell the cell
 * @param ours our mean and population std over seeds, in the metric's unit
 * @param inInterval whether our mean lies in the cell's acceptance interval
 * @param patternHolds whether the cell's {@link Pattern} holds (true if it has none)
 * @param runs the value of each run, in seed order (NaN for a run stopped by a NaN or infinity)
 */
public record CellResult(Cell cell, MeanStd ours, boolean inInterval, boolean patternHolds, List<Double> runs) {
    /** @return the verdict: in the interval and the pattern holds */
    public boolean ok() {
        return inInterval && patternHolds;
    }
}
