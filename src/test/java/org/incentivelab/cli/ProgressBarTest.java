package org.incentivelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    @Test
    void shouldStayQuietWithoutATerminal() {
        assumeTrue(System.console() == null, "running on a terminal");
        StringWriter err = new StringWriter();
        try (ProgressBar bar = ProgressBar.open(new PrintWriter(err), "run", 100)) {
            for (long done = 0; done <= 100; done += 10) {
                bar.accept(done);
            }
        }
        assertEquals("", err.toString());
    }
}
