package org.incentivelab.learn;

/**
 * The linear decay of the exploration floor ε of thesis 001 §5.3.2 (digest 001 §3.1): ε falls linearly
 * from ε_start at episode 0 to ε_end at episode ε_div, then stays at ε_end. The authors' reference code
 * subtracts (ε_start − ε_end)/ε_div once per episode while ε is above ε_end; this record computes the
 * same line in closed form, clamped at ε_end, so it does not drift by round-off.
 *
 * @param start ε_start, the floor at episode 0, in [end, 1]
 * @param end ε_end, the floor from episode {@code episodes} on, in [0, start]
 * @param episodes ε_div, the length of the decay in episodes, at least 1
 */
public record EpsilonSchedule(double start, double end, int episodes) {

    /**
     * Validates the schedule.
     *
     * @throws IllegalArgumentException naming the offending field unless 0 ≤ end ≤ start ≤ 1 and episodes ≥ 1
     */
    public EpsilonSchedule {
        if (!(start >= 0.0 && start <= 1.0)) {
            throw new IllegalArgumentException("start must be in [0, 1], got " + start);
        }
        if (!(end >= 0.0 && end <= start)) {
            throw new IllegalArgumentException("end must be in [0, start = " + start + "], got " + end);
        }
        if (episodes < 1) {
            throw new IllegalArgumentException("episodes must be at least 1, got " + episodes);
        }
    }

    /**
     * @param episode the episode index, at least 0
     * @return ε at that episode: start − (start − end)·episode/episodes while episode &lt; episodes, else end;
     *     always in [end, start]
     * @throws IllegalArgumentException if {@code episode} is negative
     */
    public double at(long episode) {
        if (episode < 0) {
            throw new IllegalArgumentException("episode must be at least 0, got " + episode);
        }
        if (episode >= episodes) {
            return end;
        }
        return Math.max(end, start - (start - end) * ((double) episode / episodes));
    }
}
