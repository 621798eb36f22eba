package org.incentivelab.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import org.incentivelab.preset.D3cPreset;
import org.incentivelab.run.D3cExperiment;

/**
 * {@code bench --d3c}: the speed of exact D3C (seed 000 §3.1–3.2): a whole batch of the preset's games (1000 Braess
 * runs of 3000 steps; the 10-player Prisoner's Dilemma likewise), construction included, on all cores — the runs
 * of a batch are stepped in parallel — median of R repeats, the first (with JIT warm-up) reported too.
 */
final class D3cBench {
    private D3cBench() {
    }

    static void run(PrintWriter out, int repeat, D3cPreset... presets) {
        out.printf("bench --d3c: %d repeats, %s%n", repeat, BenchMachine.describe());
        for (D3cPreset p : presets) {
            double[] seconds = new double[repeat];
            for (int r = 0; r < repeat; r++) {
                long start = System.nanoTime();
                D3cExperiment batch = new D3cExperiment(p, p.seed());
                batch.run(p.episodes());
                seconds[r] = (System.nanoTime() - start) / 1e9;
            }
            double[] sorted = seconds.clone();
            Arrays.sort(sorted);
            out.printf(Locale.ROOT, "%s: %d runs × %d steps, median %.2f s (first %.2f s; %.2f µs per run-step)%n",
                    p.name(), p.runs(), p.episodes(), sorted[repeat / 2], seconds[0],
                    sorted[repeat / 2] / ((double) p.runs() * p.episodes()) * 1e6);
        }
    }
}
