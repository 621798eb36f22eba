package org.incentivelab.preset;

import org.incentivelab.env.diff.BraessConfig;
import org.incentivelab.env.diff.DiffGameConfig;
import org.incentivelab.env.diff.DiffGameType;
import org.incentivelab.env.diff.EdgeLatency;
import org.incentivelab.env.diff.BraessNetwork;
import org.incentivelab.mech.d3c.D3cConfig;
import org.incentivelab.run.D3cExperiment;

/** The range rules of a {@link D3cPreset}; each failure names the file, the field and the allowed values. */
final class D3cPresetValidator {
    private final PresetValidator v;

    D3cPresetValidator(PresetValidator v) {
        this.v = v;
    }

    void check(D3cPreset p) throws PresetException {
        checkGame(p.game());
        checkMechanism(p.d3c());
        v.range("runs", p.runs(), 1, D3cPreset.MAX_RUNS);
        if (p.turnOffAtEpisode() != null) {
            v.range("turnOffAtEpisode", p.turnOffAtEpisode(), 0, PresetLoader.MAX_EPISODES);
        }
        v.checkReferences(p.references(), D3cExperiment.seriesNames(p), "series of this D3C batch");
    }

    private void checkGame(DiffGameConfig g) throws PresetException {
        v.required("game", g);
        v.required("game.type", g.type());
        if (g.type() == DiffGameType.MATRIX) {
            v.required("game.payoffs", g.payoffs());
            if (g.braess() != null || g.players() != null || g.cooperation() != null) {
                v.fail(g.braess() != null ? "game.braess" : g.players() != null ? "game.players" : "game.cooperation",
                        "a value", "null for matrix (the payoffs are game.payoffs)");
            }
            return;
        }
        if (g.payoffs() != null) {
            v.fail("game.payoffs", g.payoffs(), "null unless game.type is matrix");
        }
        if (g.type() == DiffGameType.PRISONERS_DILEMMA) {
            v.required("game.players", g.players());
            v.range("game.players", g.players(), 2, 50);
            v.required("game.cooperation", g.cooperation());
            v.positive("game.cooperation", g.cooperation(), 100);
            if (g.braess() != null) {
                v.fail("game.braess", "a network", "null for prisoners_dilemma");
            }
            return;
        }
        v.required("game.braess", g.braess());
        BraessConfig b = g.braess();
        v.range("game.braess.drivers", b.drivers(), 2, BraessConfig.MAX_DRIVERS);
        EdgeLatency[] edges = b.edges();
        for (int e = 0; e < edges.length; e++) {
            v.required("game.braess." + BraessNetwork.EDGES[e].toLowerCase(java.util.Locale.ROOT), edges[e]);
        }
        if (g.players() != null || g.cooperation() != null) {
            v.fail(g.players() != null ? "game.players" : "game.cooperation", "a value",
                    "null for " + g.type().name().toLowerCase(java.util.Locale.ROOT) + " (drivers: game.braess.drivers)");
        }
        if (g.type() == DiffGameType.BRAESS && !(new BraessNetwork(b).optimalTotal() > 0)) {
            v.fail("game.braess", "latencies whose best total commute is 0", "latencies with a positive best total");
        }
    }

    private void checkMechanism(D3cConfig c) throws PresetException {
        v.required("d3c", c);
        v.required("d3c.method", c.method());
        v.positive("d3c.strategyRate", c.strategyRate(), 10);
        nonNegative("d3c.mixingRate", c.mixingRate(), 100);
        nonNegative("d3c.epsilon", c.epsilon(), 1e6);
        nonNegative("d3c.klWeight", c.klWeight(), 100);
        v.open("d3c.initialSelf", c.initialSelf(), 0, 1);
        v.positive("d3c.mu", c.mu(), 1e6);
    }

    private void nonNegative(String field, double value, double max) throws PresetException {
        if (!(value >= 0 && value <= max)) {
            v.fail(field, value, "[0, " + max + "]");
        }
    }
}
