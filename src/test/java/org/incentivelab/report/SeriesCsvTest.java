package org.incentivelab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.incentivelab.env.MarkovGameConfig;
import org.incentivelab.env.MarkovGameType;
import org.incentivelab.env.diff.DiffGameType;
import org.incentivelab.mech.lio.LioMethod;
import org.incentivelab.run.D3cMetricNames;
import org.incentivelab.run.Experiment;
import org.incentivelab.run.LioMetricNames;
import org.junit.jupiter.api.Test;

class SeriesCsvTest {
    @Test
    void shouldGiveEverySeriesItsOwnFileName() {
        for (int players : new int[] {2, 10}) {
            List<String> names = Experiment.seriesNames(players);
            Set<String> files = names.stream().map(SeriesCsv::fileName).collect(Collectors.toSet());
            assertEquals(names.size(), files.size(), files.toString());
        }
        for (List<String> names : List.of(
                D3cMetricNames.all(DiffGameType.PRISONERS_DILEMMA, 10),
                LioMetricNames.all(new MarkovGameConfig(MarkovGameType.TRUST_YOUR_BROTHER, 2, 1, 20), LioMethod.D3C))) {
            Set<String> files = names.stream().map(SeriesCsv::fileName).collect(Collectors.toSet());
            assertEquals(names.size(), files.size(), files.toString());
        }
    }

    @Test
    void shouldMakeReadableFileNames() {
        assertEquals("p-c-c.csv", SeriesCsv.fileName("P(C,C)"));
        assertEquals("r-p_1-d-c.csv", SeriesCsv.fileName("r^p_1(D,C)"));
        assertEquals("v.csv", SeriesCsv.fileName("V"));
        assertEquals("trial-rho-1.csv", SeriesCsv.fileName("trial ρ 1"));
        assertEquals("price-of-anarchy-rho.csv", SeriesCsv.fileName("price of anarchy ρ"));
    }
}
