package org.incentivelab.preset;

import java.util.List;
import org.incentivelab.env.DilemmaGame;
import org.incentivelab.learn.LearnerConfig;
import org.incentivelab.learn.LearnerMode;
import org.incentivelab.mech.planner.IncentiveCost;
import org.incentivelab.mech.planner.LookAhead;
import org.incentivelab.mech.planner.PlannerConfig;
import org.incentivelab.mech.planner.PlannerModel;
import org.incentivelab.mech.planner.PlanningAgent;
import org.incentivelab.run.Experiment;

/** The range rules of a {@link PlannerPreset}; each failure names the file, the field and the allowed values. */
final class PresetValidator {
    private final String origin;

    private PresetValidator(String origin) {
        this.origin = origin;
    }

    static void validate(Preset p, String origin) throws PresetException {
        PresetValidator v = new PresetValidator(origin);
        v.text("name", p.name());
        v.text("source", p.source());
        v.text("expect", p.expect());
        v.range("episodes", p.episodes(), 1, PresetLoader.MAX_EPISODES);
        v.range("seeds", p.seeds(), 1, PresetLoader.MAX_SEEDS);
        if (p instanceof PlannerPreset planner) {
            v.check(planner);
        } else if (p instanceof D3cPreset d3c) {
            new D3cPresetValidator(v).check(d3c);
        } else {
            new LioPresetValidator(v).check((LioPreset) p);
        }
    }

    private void check(PlannerPreset p) throws PresetException {
        required("game", p.game());
        required("game.payoffs", p.game().payoffs());
        range("game.players", p.game().players(), 2, DilemmaGame.MAX_PLAYERS);
        checkLearners(p.learners(), p.game().players());
        checkPlanner(p.planner(), p.game().players());
        checkReferences(p.references(), Experiment.seriesNames(p.game().players()),
                "series of a " + p.game().players() + "-player run");
    }

    private void checkLearners(LearnerConfig l, int players) throws PresetException {
        required("learners", l);
        required("learners.mode", l.mode());
        required("learners.optimizer", l.optimizer());
        open("learners.initialCooperation", l.initialCooperation(), 0, 1);
        positive("learners.learningRate", l.learningRate(), 10);
        positive("learners.criticLearningRate", l.criticLearningRate(), 10);
        if (!(l.discount() >= 0 && l.discount() < 1)) {
            fail("learners.discount", l.discount(), "[0, 1)");
        }
        if (l.mode() == LearnerMode.EXACT && players > PlanningAgent.MAX_EXACT_PLAYERS) {
            fail("learners.mode", "exact", "sampled when game.players > " + PlanningAgent.MAX_EXACT_PLAYERS);
        }
    }

    private void checkPlanner(PlannerConfig c, int players) throws PresetException {
        required("planner", c);
        required("planner.model", c.model());
        required("planner.lookAhead", c.lookAhead());
        required("planner.cost", c.cost());
        required("planner.optimizer", c.optimizer());
        if (!(c.costWeight() >= 0 && c.costWeight() <= 100)) {
            fail("planner.costWeight", c.costWeight(), "[0, 100]");
        }
        positive("planner.maxReward", c.maxReward(), 100);
        positive("planner.learningRate", c.learningRate(), 10);
        if (!(c.flipProbability() >= 0 && c.flipProbability() <= 0.5)) {
            fail("planner.flipProbability", c.flipProbability(), "[0, 0.5]");
        }
        if (c.turnOffAtEpisode() != null) {
            range("planner.turnOffAtEpisode", c.turnOffAtEpisode(), 0, PresetLoader.MAX_EPISODES);
        }
        if (c.lookAhead() == LookAhead.ACTION_DERIVATIVE && c.model() != PlannerModel.NETWORK) {
            fail("planner.lookAhead", "action_derivative",
                    "exact_difference or estimated with planner.model = tabular (action_derivative needs network)");
        }
        boolean enumerates = c.lookAhead() == LookAhead.EXACT_DIFFERENCE || c.cost() == IncentiveCost.SQUARED_EXPECTED;
        if (enumerates && players > PlanningAgent.MAX_EXACT_PLAYERS) {
            fail("planner.lookAhead", lowerCase(c.lookAhead()) + " / cost " + lowerCase(c.cost()),
                    "action_derivative or estimated with realized_norm cost when game.players > "
                            + PlanningAgent.MAX_EXACT_PLAYERS);
        }
    }

    /**
     * @param metrics the series a run of the preset records
     * @param what how to call them in the message ("series of a 2-player run")
     */
    void checkReferences(List<PaperReference> references, List<String> metrics, String what)
            throws PresetException {
        required("references", references);
        for (int k = 0; k < references.size(); k++) {
            String at = "references[" + k + "]";
            PaperReference r = references.get(k);
            required(at, r);
            if (r.metric() == null || !metrics.contains(r.metric())) {
                throw new PresetException(origin + ": field '" + at + ".metric' = "
                        + (r.metric() == null ? "null" : "'" + r.metric() + "'") + " is not one of the " + what
                        + "; allowed: " + String.join(", ", metrics));
            }
            if (!Double.isFinite(r.value())) {
                fail(at + ".value", r.value(), "a finite number");
            }
            text(at + ".label", r.label());
        }
    }

    private static String lowerCase(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT); // as written in JSON
    }

    void text(String field, String value) throws PresetException {
        if (value == null || value.isBlank()) {
            throw new PresetException(origin + ": field '" + field + "' must be a non-empty string");
        }
    }

    void required(String field, Object value) throws PresetException {
        if (value == null) {
            throw new PresetException(origin + ": field '" + field + "' must not be null");
        }
    }

    void range(String field, long value, long min, long max) throws PresetException {
        if (value < min || value > max) {
            fail(field, value, "[" + min + ", " + max + "]");
        }
    }

    void open(String field, double value, double min, double max) throws PresetException {
        if (!(value > min && value < max)) {
            fail(field, value, "(" + min + ", " + max + ")");
        }
    }

    void positive(String field, double value, double max) throws PresetException {
        if (!(value > 0 && value <= max)) {
            fail(field, value, "(0, " + max + "]");
        }
    }

    void fail(String field, Object value, String allowed) throws PresetException {
        throw new PresetException(origin + ": field '" + field + "' = " + value + " is out of range; allowed: "
                + allowed);
    }
}
