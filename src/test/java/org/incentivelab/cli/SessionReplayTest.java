package org.incentivelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.incentivelab.preset.Preset;
import org.incentivelab.preset.PresetSource;
import org.incentivelab.report.SessionFile;
import org.incentivelab.run.Command;
import org.incentivelab.run.MetricNames;
import org.incentivelab.run.Session;
import org.incentivelab.run.Snapshot;
import org.incentivelab.run.Trainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionReplayTest {
    @Test
    void shouldReplayASavedWindowSessionToTheSameNumbers(@TempDir Path dir) throws Exception {
        Preset p = PresetSource.builtIn().load("amd-chicken-planner.json").withRuns(4000, 2, 5);
        Session session;
        Snapshot live;
        try (Trainer trainer = new Trainer(p)) {
            trainer.step(120);
            await(trainer, 120);
            trainer.submit(new Command.OverrideIncentive(1, 0, 1, -3));
            trainer.submit(new Command.SetTurnOff(300));
            trainer.step(330);
            live = await(trainer, 450);
            session = Session.of(trainer);
        }
        Path file = dir.resolve("session.json");
        SessionFile.write(file, session);
        Path out = dir.resolve("out");
        CliRunner.Result r = CliRunner.run("run", "--session", file.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(out.resolve("p-c-1.csv"));
        assertEquals("episode,seed_5,seed_6", lines.get(0));
        String[] last = lines.get(lines.size() - 1).split(",");
        assertEquals(450, Long.parseLong(last[0]));
        double liveMean = live.series(MetricNames.cooperation(1)).orElseThrow().last();
        assertEquals(liveMean, (Double.parseDouble(last[1]) + Double.parseDouble(last[2])) / 2, 1e-12,
                "the replay ends where the live batch did");
        assertTrue(CliRunner.run("run", "amd-pd-planner", "--session", file.toString()).code() == 2,
                "a preset and a session together are refused");
    }

    private static Snapshot await(Trainer trainer, long episode) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (trainer.latest().episode() != episode) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("trainer stuck at " + trainer.latest().episode());
            }
            Thread.sleep(5);
        }
        return trainer.latest();
    }
}
