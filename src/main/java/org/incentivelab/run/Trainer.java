package org.incentivelab.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;
import org.incentivelab.preset.Preset;

/**
 * Runs a batch of seeds of one preset on a background thread (DESIGN §2, §5). The UI talks to it only through
 * thread-safe calls that never block: {@link #setRunning}, {@link #step}, {@link #setSpeed},
 * {@link #submit} and {@link #latest}. Commands are applied between episodes to every run of the batch and
 * logged with the episode index; the runs are stepped in lockstep (in parallel on all cores when there are
 * several), so a batch driven from the UI gives the same numbers as {@link SeedBatch} with the same log.
 *
 * <p>The trainer pauses once when the preset's number of episodes is reached; running again continues past
 * it. A {@link NumericalFailure} in any run stops the batch; its recorded data stays in the snapshots.
 */
public final class Trainer implements AutoCloseable {
    /** Least time between two published snapshots, in milliseconds (about 30 Hz). */
    static final long PUBLISH_MILLIS = 33;
    /** Points per series in a snapshot. */
    static final int DISPLAY_POINTS = 1000;
    /** Episodes per run done between two looks at the command queue when running flat out. */
    private static final int CHUNK = 250;

    private final Preset preset;
    private final List<Experiment> runs = new ArrayList<>();
    private final ConcurrentLinkedQueue<Command> commands = new ConcurrentLinkedQueue<>();
    private final List<Command.Timed> log = new ArrayList<>();
    private final List<Snapshot.Marker> markers = new ArrayList<>();
    private final Object wake = new Object();
    private final Thread thread;

    private volatile boolean running;
    private volatile boolean closed;
    private volatile long pendingSteps;
    private volatile double speed = Double.POSITIVE_INFINITY;
    private volatile Snapshot latest;
    private long pauseAt;
    private String failure;
    private String notice;

    /**
     * Builds the batch (seeds preset.seed() … preset.seed() + preset.seeds() − 1) and starts its thread,
     * paused.
     *
     * @param preset a validated preset
     */
    public Trainer(Preset preset) {
        this.preset = preset;
        for (int k = 0; k < preset.seeds(); k++) {
            runs.add(new Experiment(preset, preset.seed() + k));
        }
        this.pauseAt = preset.episodes();
        this.latest = SnapshotBuilder.build(runs, false, markers, log, null, null);
        this.thread = new Thread(this::loop, "trainer");
        thread.setDaemon(true);
        thread.start();
    }

    /** @return the preset the batch runs */
    public Preset preset() {
        return preset;
    }

    /** @return the latest published snapshot; never blocks */
    public Snapshot latest() {
        return latest;
    }

    /** @param run true to run continuously, false to pause */
    public void setRunning(boolean run) {
        running = run;
        nudge();
    }

    /** @return whether the trainer runs continuously */
    public boolean isRunning() {
        return running;
    }

    /** @param episodes episodes to advance while paused (added to any not yet done) */
    public void step(int episodes) {
        pendingSteps += episodes;
        nudge();
    }

    /** @param episodesPerSecond target speed &gt; 0; {@code Double.POSITIVE_INFINITY} for as fast as possible */
    public void setSpeed(double episodesPerSecond) {
        speed = episodesPerSecond;
    }

    /** @param command applied before the next episode of every run, and logged */
    public void submit(Command command) {
        commands.add(command);
        nudge();
    }

    /** Stops the thread; the last snapshot stays readable. */
    @Override
    public void close() {
        closed = true;
        nudge();
    }

    /** @return the runs (only for use after {@link #close} or from tests that waited for a pause) */
    List<Experiment> runs() {
        return runs;
    }

    private void nudge() {
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    private void loop() {
        long lastPublish = 0;
        long lastTick = System.nanoTime();
        double allowance = 0;
        boolean dirty = false;
        while (!closed) {
            dirty |= drainCommands();
            long now = System.nanoTime();
            double seconds = (now - lastTick) / 1e9;
            lastTick = now;
            long budget = 0;
            if (failure == null && running) {
                allowance = Double.isInfinite(speed) ? CHUNK : Math.min(allowance + speed * seconds, CHUNK);
                budget = (long) allowance;
            } else if (failure == null && pendingSteps > 0) {
                budget = Math.min(pendingSteps, CHUNK);
                pendingSteps -= budget;
            } else {
                pendingSteps = 0;
            }
            long episode = runs.get(0).episode();
            if (running && episode < pauseAt) {
                budget = Math.min(budget, pauseAt - episode);
            }
            if (budget > 0) {
                allowance -= running ? budget : 0;
                advance(budget);
                dirty = true;
                if (running && runs.get(0).episode() >= pauseAt) {
                    running = false;
                    pauseAt = Long.MAX_VALUE;
                }
            }
            dirty |= running != latest.running();
            long millis = now / 1_000_000;
            boolean idle = budget == 0;
            if (dirty && (idle || millis - lastPublish >= PUBLISH_MILLIS)) {
                latest = SnapshotBuilder.build(runs, running, markers, log, failure, notice);
                lastPublish = millis;
                dirty = false;
            }
            if (idle) {
                synchronized (wake) {
                    try {
                        wake.wait(running ? 5 : 50);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    private boolean drainCommands() {
        boolean any = false;
        for (Command c; (c = commands.poll()) != null; ) {
            long episode = runs.get(0).episode();
            try {
                for (Experiment run : runs) {
                    c.applyTo(run);
                }
                log.add(new Command.Timed(episode, c));
                if (c instanceof Command.SetPlanner s) {
                    markers.add(new Snapshot.Marker(episode, s.on() ? "planner on" : "planner off"));
                }
                notice = null;
            } catch (IllegalArgumentException e) {
                notice = "command not applied: " + e.getMessage();
            }
            any = true;
        }
        return any;
    }

    private void advance(long episodes) {
        String[] failures = new String[runs.size()];
        IntStream.range(0, runs.size()).parallel().forEach(k -> {
            try {
                runs.get(k).run(episodes);
            } catch (NumericalFailure e) {
                failures[k] = "seed " + (preset.seed() + k) + ": " + e.getMessage();
            }
        });
        for (String f : failures) {
            if (f != null && failure == null) {
                failure = f;
                running = false;
            }
        }
    }

    /** @return the failure message, if the batch stopped */
    Optional<String> failure() {
        return Optional.ofNullable(failure);
    }
}
