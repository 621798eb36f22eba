package org.incentivelab.run;

/**
 * One checkpoint of thesis 001 Fig. 5.6b on Cleanup: what the harvester paid each scripted probe put in its
 * partner's place, per episode ({@link org.incentivelab.mech.lio.IncentiveProbe}, {@link LioExperiment#PROBE_EPISODES}
 * episodes each).
 *
 * @param fraction the share of the run's iterations done when probed, in (0, 1] (Fig. 5.6b: 10k, 30k, 35k and 40k
 *     of 50k episodes are 0.2, 0.6, 0.7 and 0.8)
 * @param episode the iterations done when probed
 * @param harvester the agent probed: the one with the larger extrinsic return in the latest evaluation, 0 or 1
 * @param r what it paid probe R (moves in the river) per episode, undiscounted, in reward units, in [0, R_max·steps]
 * @param c what it paid probe C (cleans), same units
 * @param m what it paid probe M (fires and misses), same units
 */
public record ProbeReading(double fraction, long episode, int harvester, double r, double c, double m) {
    /** @return c − m: positive when the harvester pays for cleaning rather than for firing the beam */
    public double cMinusM() {
        return c - m;
    }
}
