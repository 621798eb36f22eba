package org.incentivelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
        assertEquals("", err.toString(), "a short run says nothing");
    }

    @Test
    void shouldWritePlainLinesWhileLongWorkLastsWithoutATerminal() {
        StringWriter err = new StringWriter();
        try (ProgressBar bar = new ProgressBar(new PrintWriter(err), "reproduce", 200, false, 0)) {
            bar.accept(50);
            bar.accept(200);
        }
        String[] lines = err.toString().split("\\R");
        assertEquals(1, lines.length, "no line at completion: " + err);
        assertTrue(lines[0].matches("reproduce: 25% \\(50 of 200\\), \\d+ s"), lines[0]);
    }

    @Test
    void shouldWriteANoteAsALineOfItsOwnWithoutATerminal() {
        StringWriter err = new StringWriter();
        try (ProgressBar bar = new ProgressBar(new PrintWriter(err), "reproduce", 200, false, Long.MAX_VALUE)) {
            bar.accept(50);
            bar.note("AC, seed 1: collective return 9.100");
        }
        assertEquals("AC, seed 1: collective return 9.100" + System.lineSeparator(), err.toString());
    }

    @Test
    void shouldClearTheBarForANoteAndRedrawItAtTheNextUpdateOnATerminal() {
        StringWriter err = new StringWriter();
        try (ProgressBar bar = new ProgressBar(new PrintWriter(err), "reproduce", 200, true, 0)) {
            bar.accept(50);
            bar.note("AC, seed 1: collective return 9.100");
            bar.accept(51); // within a tenth of a second of the last draw, but the note wiped the bar
        }
        String out = err.toString();
        int note = out.indexOf("\r\033[KAC, seed 1: collective return 9.100" + System.lineSeparator());
        assertTrue(note > 0, "the bar's line cleared before the note: " + out);
        assertTrue(out.indexOf("reproduce [", note) > note, "the bar redrawn after the note: " + out);
    }
}
