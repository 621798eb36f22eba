package org.incentivelab.run;

import org.incentivelab.mech.iqflow.SavedMechanism;

/**
 * A user intent that changes a run's numbers. Commands travel from the UI through the {@link Trainer}'s
 * queue, are applied between episodes to every seed of the batch, and are logged with the episode index
 * so that preset + seed + command log replays bit for bit (DESIGN §2).
 */
public sealed interface Command {
    /**
     * Applies the command to one run.
     *
     * @param run the run
     * @throws IllegalArgumentException if the command does not fit the run (a cell index out of range, a planner
     *     command on a LIO run, a value out of range)
     */
    void applyTo(LabRun run);

    /** The live mechanism switch: off means no incentives (planner or LIO) and no mechanism learning. */
    record SetMechanism(boolean on) implements Command {
        @Override
        public void applyTo(LabRun run) {
            run.setMechanismSwitch(on);
        }
    }

    /**
     * Overrides one cell of a player's planner incentive table (NaN clears it); planning-agent runs only.
     *
     * @param player i in [0, N)
     * @param ownAction 0 (D) or 1 (C)
     * @param othersCooperating k in [0, N − 1]; for N = 2 the other player's action
     * @param value incentive in [−c, c], per round, or NaN to clear
     */
    record OverrideIncentive(int player, int ownAction, int othersCooperating, double value) implements Command {
        @Override
        public void applyTo(LabRun run) {
            if (!(run instanceof Experiment e)) {
                throw new IllegalArgumentException("incentive overrides apply to planning-agent runs only");
            }
            e.planner().setOverride(player, ownAction, othersCooperating, value);
        }
    }

    /** Changes the scheduled episode at which the mechanism turns off (N_off; null = never). */
    record SetTurnOff(Integer episode) implements Command {
        @Override
        public void applyTo(LabRun run) {
            run.setTurnOffAtEpisode(episode);
        }
    }

    /**
     * Changes LIO's R_max live (thesis 001 §5.3.2): every incentive function's output scale from now on; LIO
     * runs only.
     *
     * @param value R_max in (0, 100]
     */
    record SetMaxIncentive(double value) implements Command {
        @Override
        public void applyTo(LabRun run) {
            lio(run).setMaxReward(value);
        }
    }

    /**
     * Changes LIO's cost-of-giving weight α (Eq. 5.5) live; LIO runs only.
     *
     * @param value α in [0, 100]
     */
    record SetCostWeight(double value) implements Command {
        @Override
        public void applyTo(LabRun run) {
            lio(run).setCostWeight(value);
        }
    }

    /**
     * Freezes or thaws the incentive functions of a LIO-family run (LIO, MetaGrad, dual-RL, IQ-Flow): frozen, they
     * still pay while the mechanism is on but no longer learn — IQ-Flow's "pretrained mechanism" (seed 004 §5.3).
     *
     * @param frozen true to freeze, false to resume learning
     */
    record FreezeIncentives(boolean frozen) implements Command {
        @Override
        public void applyTo(LabRun run) {
            lio(run).setFrozen(frozen);
        }
    }

    /**
     * Loads a saved IQ-Flow regulator into every run of the batch and freezes it (seed 004 §5.3, Fig. 10: the
     * pretrained mechanism with fresh agents); IQ-Flow runs of the same shape only.
     *
     * @param mechanism the saved regulator
     */
    record LoadMechanism(SavedMechanism mechanism) implements Command {
        @Override
        public void applyTo(LabRun run) {
            lio(run).loadMechanism(mechanism);
        }
    }

    /**
     * Opens or closes the Braess network's shortcut AB in every run of a D3C batch (seed 000 §3.1: "closing
     * Broadway"); strategies and mixing matrices are kept.
     *
     * @param open whether AB is open
     */
    record SetShortcut(boolean open) implements Command {
        @Override
        public void applyTo(LabRun run) {
            if (!(run instanceof D3cExperiment d)) {
                throw new IllegalArgumentException("the shortcut belongs to D3C runs on a Braess network only");
            }
            d.setShortcut(open);
        }
    }

    private static LioExperiment lio(LabRun run) {
        if (!(run instanceof LioExperiment l)) {
            throw new IllegalArgumentException(
                    "R_max, the cost weight, freezing and loading a mechanism apply to LIO runs only");
        }
        return l;
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
