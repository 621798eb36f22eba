package org.incentivelab.run;

/** A NaN or infinity in a component's numbers; it stops the run, whose recorded data stays available. */
public final class NumericalFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param component the component that produced it, such as "learner 2" or "planner"
     * @param episode the episode in which it appeared
     */
    public NumericalFailure(String component, long episode) {
        super(component + " produced NaN or infinity at episode " + episode
                + "; the run was stopped (lower the learning rates; for the planner also the maximum incentive c)");
    }
}
