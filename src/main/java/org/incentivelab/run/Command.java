package org.incentivelab.run;

/**
 * A user intent that changes a run's numbers. Commands travel from the UI through the {@link Trainer}'s
 * queue, are applied between episodes to every seed of the batch, and are logged with the episode index
 * so that preset + seed + command log replays bit for bit (DESIGN §2).
 */
public sealed interface Command {
    /**
     * Applies the command to one run.
     *
     * @param experiment the run
     * @throws IllegalArgumentException if the command does not fit the run (say, a cell index out of range)
     */
    void applyTo(Experiment experiment);

    /** The live planner switch: off means no incentives and no planner learning from now on. */
    record SetPlanner(boolean on) implements Command {
        @Override
        public void applyTo(Experiment experiment) {
            experiment.setPlannerSwitch(on);
        }
    }

    /**
     * Overrides one cell of a player's incentive table (NaN clears it).
     *
     * @param player i in [0, N)
     * @param ownAction 0 (D) or 1 (C)
     * @param othersCooperating k in [0, N − 1]; for N = 2 the other player's action
     * @param value incentive in [−c, c], per round, or NaN to clear
     */
    record OverrideIncentive(int player, int ownAction, int othersCooperating, double value) implements Command {
        @Override
        public void applyTo(Experiment experiment) {
            experiment.planner().setOverride(player, ownAction, othersCooperating, value);
        }
    }

    /** Changes the scheduled episode N_off at which the planner turns off (null = never). */
    record SetTurnOff(Integer episode) implements Command {
        @Override
        public void applyTo(Experiment experiment) {
            experiment.setTurnOffAtEpisode(episode);
        }
    }

    /**
     * A command as logged: the episode before which it was applied.
     *
     * @param episode number of episodes completed when the command took effect
     * @param command the command
     */
    record Timed(long episode, Command command) {
    }
}
