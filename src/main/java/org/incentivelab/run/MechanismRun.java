package org.incentivelab.run;

/**
 * The part every {@link LabRun} shares: the live switch of its mechanism (the planner, or LIO's incentives) and
 * the scheduled switch-off episode N_off.
 */
abstract class MechanismRun implements LabRun {
    private boolean mechanismSwitch;
    private Integer turnOffAtEpisode;

    /**
     * @param on the switch at episode 0
     * @param turnOffAtEpisode the scheduled switch-off, or null for never
     */
    MechanismRun(boolean on, Integer turnOffAtEpisode) {
        this.mechanismSwitch = on;
        this.turnOffAtEpisode = turnOffAtEpisode;
    }

    @Override
    public boolean mechanismSwitch() {
        return mechanismSwitch;
    }

    @Override
    public void setMechanismSwitch(boolean on) {
        mechanismSwitch = on;
    }

    @Override
    public Integer turnOffAtEpisode() {
        return turnOffAtEpisode;
    }

    @Override
    public void setTurnOffAtEpisode(Integer episodeOff) {
        turnOffAtEpisode = episodeOff;
    }
}
