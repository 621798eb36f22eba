package org.incentivelab.env.diff;

import org.incentivelab.math.Rng;

/**
 * An n-player differentiable game with exact expected losses (D3C, seed 000 §2.1): player i controls its own
 * block of the joint strategy x and minimises its loss f_i(x). Losses are per play (not discounted), lower is
 * better. The D3C mechanism needs every loss's gradient with respect to every player's block, so
 * {@link #gradients} returns the full Jacobian.
 */
public interface DifferentiableGame {
    /** @return n ≥ 2 */
    int players();

    /** @return the length of the joint strategy x */
    int dimension();

    /**
     * @param coordinate an index into x, in [0, dimension())
     * @return the player who controls it, in [0, n)
     */
    int owner(int coordinate);

    /**
     * Draws a random starting strategy ("agents are initialized with random strategies", seed 000 §3.1).
     *
     * @param x {@code double[dimension()]}, overwritten
     * @param rng the run's stream
     */
    void initialize(double[] x, Rng rng);

    /**
     * @param x the joint strategy, {@code double[dimension()]}
     * @param out {@code double[n]}, receives f_i(x), each ≥ 0
     */
    void losses(double[] x, double[] out);

    /**
     * The Jacobian of the losses.
     *
     * @param x the joint strategy, {@code double[dimension()]}
     * @param losses {@code double[n]}, receives f_i(x)
     * @param out {@code double[n][dimension()]}, receives ∂f_k/∂x_q
     */
    void gradients(double[] x, double[] losses, double[][] out);

    /** @return min over joint strategies of Σ_i f_i, &gt; 0: the denominator of ρ and of the ratio to optimal */
    double optimalTotal();

    /** @return max over Nash equilibria of Σ_i f_i: ρ = worstNashTotal / optimalTotal (seed 000 Eq. 2) */
    double worstNashTotal();
}
