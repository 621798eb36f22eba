package org.incentivelab.report;

import java.util.List;
import org.incentivelab.preset.PresetException;
import org.incentivelab.preset.PresetSource;

/** A paper table that the lab reproduces: its cells, each with the paper's value and an acceptance rule. */
public interface Reproduction {
    /** @return the short name used on the command line, e.g. "amd-table-4.2" */
    String name();

    /** @return a one-line title */
    String title();

    /** @return the paper, section and table reproduced */
    String source();

    /**
     * @param presets where the lab's presets are read from
     * @return the cells, in display order
     * @throws PresetException if a preset is missing or invalid
     */
    List<Cell> cells(PresetSource presets) throws PresetException;
}
