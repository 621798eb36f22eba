package org.incentivelab.report;

/**
 * A qualitative claim of a paper's table that one cell's reproduced mean must satisfy relative to another
 * cell of the same experiment and metric, e.g. "estimated reaches lower P(C,C) than exact". It is folded
 * into the cell's verdict: the cell is ok only if its mean is in its interval and the pattern holds.
 *
 * @param reference the other cell's setting, same experiment and metric (e.g. "planner")
 * @param below true if this cell's mean must be below the reference's, false if above
 * @param margin tolerance in the unit of the quantity, ≥ 0: "below" means mean &lt; reference + margin,
 *     "above" means mean &gt; reference − margin
 */
public record Pattern(String reference, boolean below, double margin) {
    /** @param reference the other setting @return the claim "strictly below the reference" */
    public static Pattern below(String reference) {
        return new Pattern(reference, true, 0);
    }

    /** @param reference the other setting @return the claim "strictly above the reference" */
    public static Pattern above(String reference) {
        return new Pattern(reference, false, 0);
    }

    /** @param tolerance the margin @return a copy with that margin */
    public Pattern within(double tolerance) {
        return new Pattern(reference, below, tolerance);
    }

    /** @param mine this cell's mean @param theirs the reference cell's mean @return whether the claim holds */
    public boolean holds(double mine, double theirs) {
        return below ? mine < theirs + margin : mine > theirs - margin;
    }

    /** @return the claim in words, e.g. "below planner" */
    public String describe() {
        return (below ? "below " : "above ") + reference + (margin > 0 ? " (± " + margin + ")" : "");
    }
}
