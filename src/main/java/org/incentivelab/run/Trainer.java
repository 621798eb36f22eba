package org.incentivelab.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.incentivelab.math.Parallel;
import org.incentivelab.preset.Preset;

/**
 * Runs a batch of seeds of one preset on a background thread (DESIGN §2, §5). The UI talks to it only through
 * thread-safe calls that never block: {@link #setRunning}, {@link #step}, {@link #setSpeed},
 * {@link #submit}, {@link #latest} and {@link #log}. Commands are applied between episodes to every run of the
 * batch and logged with the episode index; the runs are stepped in lockstep (in parallel on all cores when
 * there are several), so {@link SeedBatch#run(Preset, List, java.util.function.LongConsumer)} with the preset
 * and the log replays the batch bit for bit.
 *
 * <p>The trainer pauses once when the preset's number of episodes is reached; running again continues past
 * it. A NaN or infinity in any run stops the batch (the snapshot's failure names the seed, component and
 * episode), as does any unexpected error; the recorded data stays in the snapshots.
 */
public final class Trainer implements AutoCloseable {
    /** Least time between two published snapshots, in milliseconds (about 30 Hz). */
    static final long PUBLISH_MILLIS = 33;
    /** Points per series in a snapshot. */
    static final int DISPLAY_POINTS = 1000;
    /** Most episodes per run done between two looks at the command queue when running flat out. */
    private static final int CHUNK = 250;
    /** Longest stretch of training between two looks at the command queue and two snapshots, in seconds. */
    private static final double CHUNK_SECONDS = 0.05;

    private final Preset preset;
    private final List<LabRun> runs = new ArrayList<>();
    private final ConcurrentLinkedQueue<Command> commands = new ConcurrentLinkedQueue<>();
    private final List<Command.Timed> log = new CopyOnWriteArrayList<>();
    private final List<Snapshot.Marker> markers = new ArrayList<>();
    private final AtomicLong pendingSteps = new AtomicLong();
    private final Object wake = new Object();
    private final Thread thread;

    private volatile boolean running;
    private volatile boolean closed;
    private volatile double speed = Double.POSITIVE_INFINITY;
    private volatile Snapshot latest;
    private long pauseAt;
    private double secondsPerEpisode;
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
            runs.add(Runs.create(preset, preset.seed() + k));
        }
        this.pauseAt = preset.episodes();
        this.latest = SnapshotBuilder.build(runs, false, markers, null, null);
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

    /** @return every command applied so far, with the episode before which it took effect */
    public List<Command.Timed> log() {
        return List.copyOf(log);
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

    /** @param episodes episodes to advance while paused (added to any not yet done); ignored while running */
    public void step(int episodes) {
        if (!running) {
            pendingSteps.addAndGet(episodes);
            nudge();
        }
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
    List<LabRun> runs() {
        return runs;
    }

    private void nudge() {
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    private void loop() {
        try {
            train();
        } catch (RuntimeException e) {
            failure = "training stopped by an unexpected error: " + e;
            running = false;
            latest = SnapshotBuilder.build(runs, false, markers, failure, notice);
        }
    }

    private void train() {
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
            long chunk = secondsPerEpisode > 0 ? Math.max(1, Math.min(CHUNK, (long) (CHUNK_SECONDS / secondsPerEpisode)))
                    : 1; // heavy episodes (a D3C batch of 1000 games) get short chunks: controls act at once
            if (failure == null && running) {
                allowance = Double.isInfinite(speed) ? chunk : Math.min(allowance + speed * seconds, chunk);
                budget = Math.min((long) allowance, Math.max(1, pauseAt - runs.get(0).episode()));
                allowance -= budget;
            } else {
                long pending = pendingSteps.getAndSet(0);
                budget = failure == null ? Math.min(pending, chunk) : 0;
                pendingSteps.addAndGet(pending - budget);
            }
            if (budget > 0) {
                long start = System.nanoTime();
                advance(budget);
                double perEpisode = (System.nanoTime() - start) / 1e9 / budget;
                secondsPerEpisode = secondsPerEpisode == 0 ? perEpisode : 0.8 * secondsPerEpisode + 0.2 * perEpisode;
                dirty = true;
                if (runs.get(0).episode() >= pauseAt) {
                    running = false;
                    pauseAt = Long.MAX_VALUE;
                }
            }
            dirty |= running != latest.running();
            long millis = now / 1_000_000;
            boolean idle = budget == 0;
            if (dirty && (idle || millis - lastPublish >= PUBLISH_MILLIS)) {
                latest = SnapshotBuilder.build(runs, running, markers, failure, notice);
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
                for (LabRun run : runs) {
                    c.applyTo(run);
                }
                log.add(new Command.Timed(episode, c));
                if (c instanceof Command.SetMechanism s) {
                    markers.add(new Snapshot.Marker(episode, runs.get(0).mechanism() + (s.on() ? " on" : " off")));
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
        IntStream.range(0, runs.size()).parallel().forEach(k -> {
            try (Parallel.Slot core = Parallel.occupy()) { // while every core runs a seed, runs keep to one thread
                runs.get(k).run(episodes);
            }
        });
        for (int k = 0; k < runs.size() && failure == null; k++) {
            int seed = k;
            runs.get(k).failure().ifPresent(f -> failure = "seed " + (preset.seed() + seed) + ": " + f);
        }
        if (failure != null) {
            running = false;
        }
    }
}
