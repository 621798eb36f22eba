package org.incentivelab.run;

/**
 * What the per-run views draw of a batch's focus run, besides the recorded series: the planner's game and
 * incentive tables, the LIO agents' last evaluation episode, or the first D3C run. Immutable; built on the
 * trainer's thread.
 */
public sealed interface RunState permits PlannerState, LioState, D3cState {
}
