package lategate.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/**
 * One figure a benchmark measured, for the one table 'lategate bench' prints.
 *
 * @param met whether the figure meets its goal; empty for a figure with no goal (raw fsync, start-up)
 */
record BenchFigure(String bench, String measure, String value, String goal, Optional<Boolean> met) {

    static BenchFigure of(String bench, String measure, String value) {
        return new BenchFigure(bench, measure, value, "", Optional.empty());
    }

    static BenchFigure against(String bench, String measure, String value, String goal, boolean met) {
        return new BenchFigure(bench, measure, value, goal, Optional.of(met));
    }

    /** A benchmark that leaves its figures behind once it has run. */
    interface Source {
        List<BenchFigure> figures();
    }

    static void table(PrintWriter out, List<BenchFigure> figures) {
        int bench = 5;
        int measure = 7;
        int value = 6;
        for (BenchFigure f : figures) {
            bench = Math.max(bench, f.bench().length());
            measure = Math.max(measure, f.measure().length());
            value = Math.max(value, f.value().length());
        }
        String row = "%-" + bench + "s  %-" + measure + "s  %" + value + "s  %s%n";
        out.printf(row, "bench", "measure", "figure", "goal");
        for (BenchFigure f : figures) {
            out.printf(row, f.bench(), f.measure(), f.value(), f.goal().isEmpty() ? ""
                    : f.goal() + f.met().map(m -> m ? ": met" : ": NOT met").orElse(""));
        }
    }
}
