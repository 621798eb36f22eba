package org.incentivelab.run;

import org.incentivelab.env.diff.BraessConfig;
import org.incentivelab.env.diff.DiffGameType;
import org.incentivelab.mech.d3c.D3cMethod;

/**
 * What the D3C views draw of a batch's first run after the last step, plus every run's current ratio. Arrays are
 * copies owned by the state.
 *
 * @param type the game
 * @param method how A is chosen
 * @param mixingActive whether loss sharing acts now (switch on, before the scheduled switch-off)
 * @param mixing A in use, {@code double[n][n]} (row i = agent i's shares of its loss; I while loss sharing is off)
 * @param attention ln(A_ii/A_ij) per agent, {@code double[n]}
 * @param x the joint strategy, {@code double[dimension]}
 * @param losses f_i, {@code double[n]}
 * @param mixedLosses f^A_i, {@code double[n]}
 * @param rates d/dt f^A_i, {@code double[n]}
 * @param shifting whether agent i's row moved in the last step, {@code boolean[n]}
 * @param optimalTotal min Σ f of run 1's game
 * @param worstNashTotal worst Nash Σ f of run 1's game
 * @param braess run 1's network (Braess games), else null
 * @param routes each driver's probabilities of SAE, SBE, SABE, {@code double[n][3]} (Braess), else null
 * @param flow expected drivers per road SA, AE, SB, BE, AB, {@code double[5]} (Braess), else null
 * @param cooperation c (Prisoner's Dilemma), else NaN
 * @param ratios every run's ratio to optimal, {@code double[runs]}
 */
public record D3cState(
        DiffGameType type,
        D3cMethod method,
        boolean mixingActive,
        double[][] mixing,
        double[] attention,
        double[] x,
        double[] losses,
        double[] mixedLosses,
        double[] rates,
        boolean[] shifting,
        double optimalTotal,
        double worstNashTotal,
        BraessConfig braess,
        double[][] routes,
        double[] flow,
        double cooperation,
        double[] ratios) implements RunState {
    /** @return n */
    public int agents() {
        return losses.length;
    }

    /** @return the mixing-matrix view's reading of this state */
    public MixingReading reading() {
        String name = method == D3cMethod.D3C ? "D3C" : method.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return new MixingReading(name, method == D3cMethod.D3C && mixingActive, mixingActive, mixing, attention,
                shifting, java.util.List.of());
    }
}
