package lategate.bench;

import java.util.List;

/**
 * The start-up goals, from the runs 'bench reports' makes: 'lategate --version' in all, and
 * 'config check' (reading and checking the settings alone) after start-up, each beside
 * 'java -version' timed in the same run, as a ratio to it (docs/architecture.md, "Start-up").
 */
final class BenchStartUp {

    static final int VERSION_GOAL_MILLIS = 300;
    static final int CONFIG_CHECK_GOAL_MILLIS = 100;

    private BenchStartUp() {
    }

    /**
     * The figures of one school size: medians of {@code javaVersion}, {@code version} (lategate
     * --version) and {@code configCheck}, wall milliseconds of the same runs.
     */
    static List<BenchFigure> figures(int pupils, double[] javaVersion, double[] version, double[] configCheck) {
        double java = BenchCommand.percentile(javaVersion, 50);
        double start = BenchCommand.percentile(version, 50);
        double check = BenchCommand.percentile(configCheck, 50) - start;
        return List.of(
                BenchFigure.of("reports", "java -version, median (the baseline)", String.format("%.0f ms", java)),
                BenchFigure.against("reports", "lategate --version, median", String.format("%.0f ms (%.1f× java)",
                        start, start / java), "under " + VERSION_GOAL_MILLIS + " ms", start < VERSION_GOAL_MILLIS),
                BenchFigure.against("reports", "config check, " + pupils + " pupils, after start-up (median)",
                        String.format("%.0f ms (%.1f× java)", check, check / java),
                        "under " + CONFIG_CHECK_GOAL_MILLIS + " ms", check < CONFIG_CHECK_GOAL_MILLIS));
    }
}
