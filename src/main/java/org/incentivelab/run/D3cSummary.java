package org.incentivelab.run;

/**
 * The end of a D3C batch (seed 000 Figs. 2b, 3, 5): statistics of the final ratio to optimal over its games.
 *
 * @param steps gradient steps taken
 * @param runs games in the batch
 * @param meanRatio mean over the games of Σ_i f_i / min Σ f
 * @param stdRatio their population standard deviation
 * @param medianRatio their median
 * @param priceOfAnarchy median over the games of ρ = worst Nash total / optimum
 * @param attention median over the games of the agents' mean ln(A_ii/A_ij); NaN while A = I
 */
public record D3cSummary(long steps, int runs, double meanRatio, double stdRatio, double medianRatio,
        double priceOfAnarchy, double attention) {
}
