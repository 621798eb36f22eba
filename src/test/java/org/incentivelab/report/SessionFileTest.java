package org.incentivelab.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.incentivelab.mech.iqflow.SavedMechanism;
import org.incentivelab.nn.Squash;
import org.incentivelab.preset.PlannerPreset;
import org.incentivelab.preset.PresetException;
import org.incentivelab.preset.PresetSource;
import org.incentivelab.run.Command;
import org.incentivelab.run.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionFileTest {
    private static Session session() throws PresetException {
        PlannerPreset p = PresetSource.builtIn().load("amd-pd-planner.json", PlannerPreset.class);
        return new Session(p, 900, List.of(
                new Command.Timed(100, new Command.OverrideIncentive(0, 1, 1, 2.5)),
                new Command.Timed(200, new Command.OverrideIncentive(0, 1, 1, Double.NaN)),
                new Command.Timed(300, new Command.SetTurnOff(700)),
                new Command.Timed(400, new Command.SetTurnOff(null)),
                new Command.Timed(500, new Command.SetMechanism(false))));
    }

    @Test
    void shouldReadBackALioSessionWithItsLiveSettings(@TempDir Path dir) throws Exception {
        Session s = new Session(PresetSource.builtIn().load("lio-er-2-1.json"), 900, List.of(
                new Command.Timed(100, new Command.SetMaxIncentive(1.5)),
                new Command.Timed(200, new Command.SetCostWeight(0.25)),
                new Command.Timed(300, new Command.SetMechanism(false))));
        Path file = dir.resolve("lio-session.json");
        SessionFile.write(file, s);
        Session back = SessionFile.read(file);
        assertEquals(s.preset(), back.preset());
        assertEquals(s.commands(), back.commands());
    }

    @Test
    void shouldReadBackAD3cSessionThatClosesTheShortcut(@TempDir Path dir) throws Exception {
        Session s = new Session(PresetSource.builtIn().load("d3c-braess.json"), 3000, List.of(
                new Command.Timed(500, new Command.SetShortcut(false)),
                new Command.Timed(900, new Command.SetMechanism(false)),
                new Command.Timed(1500, new Command.SetShortcut(true))));
        Path file = dir.resolve("d3c-session.json");
        SessionFile.write(file, s);
        Session back = SessionFile.read(file);
        assertEquals(s.preset(), back.preset());
        assertEquals(s.commands(), back.commands());
        Files.writeString(file, Files.readString(file).replace("\"open\" : false", "\"open\" : \"no\""));
        PresetException e = assertThrows(PresetException.class, () -> SessionFile.read(file));
        assertTrue(e.getMessage().contains("commands[0].open"), e.getMessage());
    }

    @Test
    void shouldReadBackAFreezeAndALoadedMechanism(@TempDir Path dir) throws Exception {
        SavedMechanism m = new SavedMechanism(SavedMechanism.FORMAT, "iterated Stag Hunt", 300, 14, List.of(16, 8), 2,
                2, 2.0, Squash.ABS_TANH, new double[] {0.5, -1.25, 3e-7});
        Session s = new Session(PresetSource.builtIn().load("iqflow-stag-hunt.json"), 900, List.of(
                new Command.Timed(0, new Command.LoadMechanism(m)),
                new Command.Timed(200, new Command.FreezeIncentives(false))));
        Path file = dir.resolve("iqflow-session.json");
        SessionFile.write(file, s);
        Session back = SessionFile.read(file);
        Command.LoadMechanism load = (Command.LoadMechanism) back.commands().get(0).command();
        assertEquals(m.hidden(), load.mechanism().hidden());
        assertArrayEquals(m.eta(), load.mechanism().eta());
        assertEquals(Squash.ABS_TANH, load.mechanism().squash());
        assertEquals(s.commands().get(1), back.commands().get(1));
        Files.writeString(file, Files.readString(file).replace("incentive-lab/iqflow-mechanism/2", "v0"));
        PresetException e = assertThrows(PresetException.class, () -> SessionFile.read(file));
        assertTrue(e.getMessage().contains("commands[0].mechanism") && e.getMessage().contains("'format'"),
                e.getMessage());
    }

    @Test
    void shouldReadBackWhatItWrites(@TempDir Path dir) throws Exception {
        Session s = session();
        Path file = dir.resolve("session.json");
        SessionFile.write(file, s);
        Session back = SessionFile.read(file);
        assertEquals(s.preset(), back.preset());
        assertEquals(s.episodes(), back.episodes());
        assertEquals(s.commands().size(), back.commands().size());
        for (int k = 0; k < s.commands().size(); k++) {
            assertEquals(s.commands().get(k).episode(), back.commands().get(k).episode());
            assertEquals(s.commands().get(k).command().toString(), back.commands().get(k).command().toString());
        }
        assertTrue(Files.readString(file).contains("\"value\" : null"), "a cleared override is null, not NaN");
    }

    @Test
    void shouldNameTheFileAndFieldOfABadCommand(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("session.json");
        SessionFile.write(file, session());
        String text = Files.readString(file);
        assertMessage(dir, text.replaceFirst("\"command\" : \"mechanism\"", "\"command\" : \"teleport\""),
                "commands[4].command", "mechanism (or planner), override, turnOff, maxIncentive, costWeight");
        assertMessage(dir, text.replaceFirst("\"player\" : 0", "\"player\" : 0.5"), "commands[0].player",
                "whole number");
        assertMessage(dir, text.replaceFirst("\"on\" : false", "\"on\" : \"no\""), "commands[4].on", "true or false");
        assertMessage(dir, text.replaceFirst("\"episodes\" : 900", "\"episodes\" : 450"), "outside [0, 450]", "500");
        assertMessage(dir, text.replaceFirst("\\{", "{\"extra\": 1,"), "unknown field 'extra'", "commands");
        assertMessage(dir, text.replaceFirst("\"initialCooperation\" : 0.25", "\"initialCooperation\" : 2"),
                "learners.initialCooperation", "(0.0, 1.0)");
        assertMessage(dir, "{", "not valid JSON", "bad.json");
    }

    private static void assertMessage(Path dir, String json, String... parts) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, json);
        PresetException e = assertThrows(PresetException.class, () -> SessionFile.read(bad));
        assertTrue(e.getMessage().contains(bad.toString()), e.getMessage());
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "'" + part + "' in: " + e.getMessage());
        }
    }
}
