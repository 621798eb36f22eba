package org.incentivelab.mech.planner;

/** The planner's function class. */
public enum PlannerModel {
    /** {@link IncentiveNetwork}: the thesis's single-layer network (reference code). */
    NETWORK,
    /** {@link IncentiveTable}: one incentive per own action and number of other cooperators (digest §4.10). */
    TABULAR
}
