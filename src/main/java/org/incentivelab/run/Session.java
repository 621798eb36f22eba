package org.incentivelab.run;

import java.util.List;
import org.incentivelab.preset.Preset;

/**
 * What makes a batch replay bit for bit (DESIGN §2): the preset (with its seeds), how many episodes were run,
 * and the commands applied on the way, each with the episode before which it took effect.
 * {@link SeedBatch#run(Preset, List, java.util.function.LongConsumer)} with {@code preset.withRuns(episodes, …)}
 * and the commands reproduces the {@link Trainer}'s numbers.
 *
 * @param preset the batch's preset
 * @param episodes episodes completed when the session was saved, ≥ 0
 * @param commands the applied commands in episode order
 */
public record Session(Preset preset, long episodes, List<Command.Timed> commands) {
    /** @throws IllegalArgumentException if episodes is negative or a command lies beyond it */
    public Session {
        commands = List.copyOf(commands);
        if (episodes < 0) {
            throw new IllegalArgumentException("episodes must be ≥ 0, got " + episodes);
        }
        for (Command.Timed c : commands) {
            if (c.episode() < 0 || c.episode() > episodes) {
                throw new IllegalArgumentException("command at episode " + c.episode() + " lies outside [0, "
                        + episodes + "]");
            }
        }
    }

    /**
     * @param trainer a running or paused trainer
     * @return its session now: the preset, the episodes completed (at least up to the last command) and the log
     */
    public static Session of(Trainer trainer) {
        List<Command.Timed> log = trainer.log();
        long episodes = trainer.latest().episode();
        for (Command.Timed c : log) {
            episodes = Math.max(episodes, c.episode());
        }
        return new Session(trainer.preset(), episodes, log);
    }
}
