package org.incentivelab.run;

import java.util.List;
import java.util.Optional;
import org.incentivelab.env.SocialDilemma;

/**
 * An immutable picture of a batch of runs: everything a view draws, published by the {@link Trainer} at most
 * every few tens of milliseconds and read by the UI without locks (DESIGN §2). "Focus run" is the batch's
 * first seed; per-run views (matrix, planes, trajectory) show it, charts show the mean over seeds.
 *
 * @param presetName the preset's name
 * @param episode episodes completed by every run of the batch
 * @param episodesPlanned the preset's number of episodes (the trainer pauses there once)
 * @param running whether the trainer is running
 * @param seeds number of runs in the batch
 * @param payoffs the game's R, S, T, P
 * @param players N
 * @param maxReward the planner's bound c
 * @param plannerSwitch the live planner switch
 * @param plannerActive whether the planner pays and learns now (switch on and before N_off)
 * @param turnOffAtEpisode the scheduled N_off, or null for never
 * @param cooperation focus run's P(C) per player, {@code double[N]}
 * @param incentives focus run's incentive tables {@code double[N][2][N]} indexed
 *     [player][own action 0 = D, 1 = C][other cooperators k], per round: what the planner pays now (overrides
 *     included), all zero while it is inactive
 * @param overridden which cells the user overrides, {@code boolean[N][2][N]} (all false while the planner is
 *     inactive, when overrides are not applied)
 * @param series every metric, mean (and std) over seeds, decimated for display
 * @param focusSeries every metric of the focus run alone (std null), on the same axis
 * @param markers the planner switch's changes, in order
 * @param failure why the batch stopped on a NaN, if it did
 * @param notice why the last command was not applied, if it was not
 */
public record Snapshot(
        String presetName,
        long episode,
        long episodesPlanned,
        boolean running,
        int seeds,
        SocialDilemma payoffs,
        int players,
        double maxReward,
        boolean plannerSwitch,
        boolean plannerActive,
        Integer turnOffAtEpisode,
        double[] cooperation,
        double[][][] incentives,
        boolean[][][] overridden,
        List<Series> series,
        List<Series> focusSeries,
        List<Marker> markers,
        Optional<String> failure,
        Optional<String> notice) {

    /**
     * A vertical marker on the time charts.
     *
     * @param episode where it is drawn
     * @param label what happened ("planner off", "planner on")
     */
    public record Marker(long episode, String label) {
    }

    /** @return the series of that name, if recorded */
    public Optional<Series> series(String name) {
        return series.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** @return the focus run's series of that name, if recorded */
    public Optional<Series> focus(String name) {
        return focusSeries.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** @return the focus run's path (P(C) 1, P(C) 2), {@code double[2][m]}, decimated */
    public double[][] trajectory() {
        return new double[][] {
            focus(MetricNames.cooperation(1)).map(Series::mean).orElse(new double[0]),
            focus(MetricNames.cooperation(2)).map(Series::mean).orElse(new double[0])
        };
    }

    /** @return the focus run's planner-modified game for a player of a 2-player game (payoffs + incentives) */
    public SocialDilemma modifiedGame(int player) {
        return payoffs.plus(incentives[player]);
    }
}
