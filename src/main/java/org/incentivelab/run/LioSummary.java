package org.incentivelab.run;

/**
 * The end-of-run figures of a LIO run (thesis 001 §5.4, Fig. 5.4–5.5): means over the final test episodes
 * (ε = 0), per episode, undiscounted.
 *
 * @param episodes training iterations completed
 * @param collectiveReturn Σ_i extrinsic return (optimum 9 for ER(2,1), 8 for ER(3,2), −10 for the 5-round IPD)
 * @param designerReturn the collective return minus the incentives a MetaGrad designer paid (thesis 001 §6.3.2
 *     test accounting; ≈ 26 for ER(5,2), ≈ 40 for ER(10,5) with 1 + ε per lever-puller); equal to the collective
 *     return without a designer
 * @param extrinsic each agent's extrinsic return, {@code double[N]}
 * @param given incentives each agent gave, {@code double[N]}
 * @param received incentives each agent received, {@code double[N]}
 * @param actionRates how often each agent took each action, {@code double[N][|A|]}, rows sum to 1
 */
public record LioSummary(
        long episodes,
        double collectiveReturn,
        double designerReturn,
        double[] extrinsic,
        double[] given,
        double[] received,
        double[][] actionRates) {
}
