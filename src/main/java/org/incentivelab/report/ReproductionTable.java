package org.incentivelab.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Formats a {@link ReproductionResult} as a plain-text table: experiment | setting | metric | paper (mean ±
 * std) | ours (mean ± std) | verdict. Probabilities are shown as percentages with one decimal, or two
 * significant digits below 1% (at most four decimals); other figures with three decimals. A failed verdict
 * names the reason: the acceptance interval or the pattern.
 */
public final class ReproductionTable {
    private static final String[] HEADER = {"experiment", "setting", "metric", "paper", "ours", "verdict"};

    private ReproductionTable() {
    }

    /** @param result a finished reproduction @return the table, one line per cell, with a title line */
    public static String format(ReproductionResult result) {
        List<String[]> lines = new ArrayList<>();
        lines.add(HEADER);
        for (CellResult r : result.rows()) {
            Cell c = r.cell();
            boolean pct = c.metric().probability();
            lines.add(new String[] {c.experiment(), c.setting(), c.metric().label(), pair(c.paper(), pct),
                    pair(r.ours(), pct), verdict(r)});
        }
        int[] width = new int[HEADER.length];
        for (String[] line : lines) {
            for (int k = 0; k < line.length; k++) {
                width[k] = Math.max(width[k], line[k].length());
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(result.name()).append(": ").append(result.title()).append('\n');
        out.append(result.source()).append('\n');
        for (int i = 0; i < lines.size(); i++) {
            String[] line = lines.get(i);
            for (int k = 0; k < line.length; k++) {
                out.append(k == 0 ? "" : " | ").append(k == line.length - 1 ? line[k] : pad(line[k], width[k]));
            }
            out.append('\n');
            if (i == 0) {
                for (int k = 0; k < width.length; k++) {
                    out.append(k == 0 ? "" : "-+-").append("-".repeat(width[k]));
                }
                out.append('\n');
            }
        }
        long failed = result.rows().stream().filter(r -> !r.ok()).count();
        out.append(failed == 0 ? "all " + result.rows().size() + " cells ok"
                : failed + " of " + result.rows().size() + " cells FAILED").append('\n');
        return out.toString();
    }

    private static String verdict(CellResult r) {
        if (r.ok()) {
            return "ok";
        }
        Cell c = r.cell();
        if (!r.inInterval()) {
            boolean pct = c.metric().probability();
            return "FAIL (outside [" + number(c.accept().lo(), pct) + ", " + number(c.accept().hi(), pct) + "])";
        }
        return "FAIL (not " + c.pattern().describe() + ")";
    }

    private static String pair(MeanStd m, boolean percent) {
        if (Double.isNaN(m.mean())) { // the paper states a claim (the acceptance interval), not a number
            return "—";
        }
        if (Double.isNaN(m.std())) { // the paper gives a value read off a figure, without a spread
            return number(m.mean(), percent) + " (fig.)";
        }
        if (!percent) {
            return String.format(Locale.ROOT, "%.3f ± %.3f", m.mean(), m.std());
        }
        int d = decimals(Math.max(Math.abs(m.mean()), m.std()) * 100);
        return String.format(Locale.ROOT, "%." + d + "f%% ± %." + d + "f%%", m.mean() * 100, m.std() * 100);
    }

    private static String number(double x, boolean percent) {
        if (!percent) {
            return String.format(Locale.ROOT, "%.3f", x);
        }
        return String.format(Locale.ROOT, "%." + decimals(Math.abs(x) * 100) + "f%%", x * 100);
    }

    /** @return decimals for a percentage: 1 from 1% up, else two significant digits, at most 4 */
    private static int decimals(double percent) {
        if (percent >= 1 || percent == 0) {
            return 1;
        }
        return Math.min(4, Math.max(1, 1 - (int) Math.floor(Math.log10(percent))));
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }
}
