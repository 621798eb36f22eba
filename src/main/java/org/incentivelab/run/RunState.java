package org.incentivelab.run;

/**
 * What the per-run views draw of a batch's focus run, besides the recorded series: the planner's game and
 * incentive tables, or the LIO agents' last evaluation episode. Immutable; built on the trainer's thread.
 */
public sealed interface RunState permits PlannerState, LioState {
}
