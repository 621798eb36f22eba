package org.incentivelab.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds a {@link Snapshot} from a batch of runs, on the trainer's thread. */
final class SnapshotBuilder {
    private SnapshotBuilder() {
    }

    static Snapshot build(List<? extends LabRun> runs, boolean running, List<Snapshot.Marker> markers, String failure,
            String notice) {
        LabRun focus = runs.get(0);
        Metrics metrics = focus.metrics();
        int size = runs.stream().mapToInt(r -> r.metrics().size()).min().orElse(0);
        int[] picks = decimation(size, Trainer.DISPLAY_POINTS);
        double[] axis = metrics.episodesAt(picks);
        List<Series> series = new ArrayList<>();
        List<Series> focusSeries = new ArrayList<>();
        for (int s = 0; s < metrics.names().size(); s++) {
            double[] mean = new double[picks.length];
            double[] sq = new double[picks.length];
            double[] first = null;
            for (LabRun run : runs) {
                double[] v = run.metrics().bucketMeans(s, picks);
                first = first == null ? v : first;
                for (int j = 0; j < picks.length; j++) {
                    mean[j] += v[j] / runs.size();
                    sq[j] += v[j] * v[j] / runs.size();
                }
            }
            double[] std = null;
            if (runs.size() > 1) {
                std = new double[picks.length];
                for (int j = 0; j < picks.length; j++) {
                    std[j] = Math.sqrt(Math.max(0, sq[j] - mean[j] * mean[j]));
                }
            }
            String name = metrics.names().get(s);
            series.add(new Series(name, axis, runs.size() == 1 ? first : mean, std));
            focusSeries.add(new Series(name, axis, first, null));
        }
        return new Snapshot(focus.preset().name(), focus.episode(), focus.preset().episodes(), running, runs.size(),
                focus.mechanism(), focus.mechanismSwitch(), focus.mechanismActive(), focus.turnOffAtEpisode(),
                List.copyOf(series), List.copyOf(focusSeries), List.copyOf(markers), Optional.ofNullable(failure),
                Optional.ofNullable(notice), focus.state());
    }

    /** @return at most {@code max} indices spread evenly over [0, size), always including the last */
    static int[] decimation(int size, int max) {
        int m = Math.min(size, max);
        int[] picks = new int[m];
        for (int j = 0; j < m; j++) {
            picks[j] = m == 1 ? size - 1 : (int) Math.round((double) j * (size - 1) / (m - 1));
        }
        return picks;
    }
}
