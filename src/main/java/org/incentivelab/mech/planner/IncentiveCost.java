package org.incentivelab.mech.planner;

/** The form of the planner's cost of incentives (thesis 003 §4.1.5). */
public enum IncentiveCost {
    /**
     * The reference code: α·‖vp(a)‖₂, the (unsquared) norm of the incentives paid this round. The
     * default, because it produced the thesis's tables.
     */
    REALIZED_NORM,
    /**
     * Eq. 4.7: α·‖V^p‖² with V^p_i = E_π[vp_i] the expected incentive. Payments of opposite sign can
     * cancel in expectation, so the planner tends to pay more (digest §4.7).
     */
    SQUARED_EXPECTED
}
