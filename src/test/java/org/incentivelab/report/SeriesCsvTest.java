package org.incentivelab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.incentivelab.run.Experiment;
import org.junit.jupiter.api.Test;

class SeriesCsvTest {
    @Test
    void shouldGiveEverySeriesItsOwnFileName() {
        for (int players : new int[] {2, 10}) {
            List<String> names = Experiment.seriesNames(players);
            Set<String> files = names.stream().map(SeriesCsv::fileName).collect(Collectors.toSet());
            assertEquals(names.size(), files.size(), files.toString());
        }
    }

    @Test
    void shouldMakeReadableFileNames() {
        assertEquals("p-c-c.csv", SeriesCsv.fileName("P(C,C)"));
        assertEquals("r-p_1-d-c.csv", SeriesCsv.fileName("r^p_1(D,C)"));
        assertEquals("v.csv", SeriesCsv.fileName("V"));
    }
}
