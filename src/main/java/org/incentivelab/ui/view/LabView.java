package org.incentivelab.ui.view;

import java.io.IOException;
import java.io.Writer;
import javafx.scene.Node;
import org.incentivelab.run.Snapshot;

/**
 * One view of the lab: drawn from {@link Snapshot}s only (never from live learners), exportable as PNG (by
 * {@link ViewPane}, from {@link #node()}) and as CSV (the data behind it).
 */
public interface LabView {
    /** @return a short title shown above the view and used as the export file name */
    String title();

    /** @return a one-sentence explanation shown as the title's tooltip */
    String description();

    /** @return the node to place in the window */
    Node node();

    /**
     * Redraws from a snapshot; called on the FX thread at most once per frame, only with a new snapshot. Must
     * take well under a few milliseconds.
     *
     * @param snapshot the latest snapshot
     */
    void update(Snapshot snapshot);

    /**
     * Writes the data the view shows as CSV with a header row.
     *
     * @param out the destination (not closed)
     * @throws IOException if writing fails
     */
    void writeCsv(Writer out) throws IOException;
}
