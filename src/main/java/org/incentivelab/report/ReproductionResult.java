package org.incentivelab.report;

import java.util.List;

/**
 * The outcome of running a {@link Reproduction}.
 *
 * @param name the reproduction's name
 * @param title its title
 * @param source the paper, section and table
 * @param rows one result per cell, in the reproduction's order
 */
public record ReproductionResult(String name, String title, String source, List<CellResult> rows) {
    /** @return whether every cell is ok */
    public boolean ok() {
        return rows.stream().allMatch(CellResult::ok);
    }
}
