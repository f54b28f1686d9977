package lategate.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The trust-wide reports of 'bench sync', timed at each size of the trust the bench loads to (20
 * schools, then --schools), so the growth from one size to the next is measured in one run: each
 * report cold in fresh JVMs, beside 'lategate --version' and a {@code SELECT 1} round trip on the
 * same hub, the baselines every figure is given against.
 */
final class BenchTrust {

    /** The size the trust report's goal was first set at, and the growth is measured from. */
    static final int FIRST_SIZE = 20;

    /** One size of the trust: its reports' samples and the baselines measured beside them. */
    record Size(int schools, BenchReports.Sample[] startUp, BenchReports.Sample[] thresholds,
                BenchReports.Sample[] blocks, double[] selectOne, int thresholdRows, int blockRows) {

        double thresholdsMedian() {
            return BenchCommand.percentile(millis(thresholds), 50);
        }

        double blocksMedian() {
            return BenchCommand.percentile(millis(blocks), 50);
        }

        double startUpMedian() {
            return BenchCommand.percentile(millis(startUp), 50);
        }

        double selectOneMedian() {
            return BenchCommand.percentile(selectOne, 50);
        }
    }

    /** The sizes to time at: 20 schools on the way (when the trust is bigger), then the whole trust. */
    static List<Integer> sizes(int schools) {
        return schools > FIRST_SIZE ? List.of(FIRST_SIZE, schools) : List.of(schools);
    }

    static double[] millis(BenchReports.Sample[] samples) {
        return java.util.Arrays.stream(samples).mapToDouble(BenchReports.Sample::millis).toArray();
    }

    /** Times both reports {@code runs} times each after one untimed run of each, with start-up between. */
    static Size time(BenchReports.Child child, int schools, List<String> thresholds, List<String> blocks, int runs,
                     double[] selectOne, int thresholdRows, int blockRows) throws Exception {
        BenchReports.Sample[] startUp = new BenchReports.Sample[runs];
        BenchReports.Sample[] t = new BenchReports.Sample[runs];
        BenchReports.Sample[] b = new BenchReports.Sample[runs];
        child.run(thresholds);
        child.run(blocks);
        for (int r = 0; r < runs; r++) {
            startUp[r] = child.run(List.of("--version"));
            t[r] = child.run(thresholds);
            b[r] = child.run(blocks);
        }
        return new Size(schools, startUp, t, b, selectOne, thresholdRows, blockRows);
    }

    /**
     * The growth lines: each size's medians, and each as a ratio to start-up and to the first size
     * measured; the figures for 'lategate bench''s table.
     */
    static List<BenchFigure> print(PrintWriter out, List<Size> sizes) {
        List<BenchFigure> figures = new ArrayList<>();
        Size first = sizes.get(0);
        out.printf("%nThe trust's reports by size (cold, fresh JVMs, median wall ms, start-up included; ratios to "
                + "'lategate --version' beside them and to %d schools):%n", first.schools());
        out.printf("%-8s %10s %12s %12s %12s %12s %10s %10s%n", "schools", "start-up", "thresholds", "× start-up",
                "blocks", "× start-up", "× " + first.schools() + " (t)", "× " + first.schools() + " (b)");
        for (Size s : sizes) {
            out.printf("%-8d %10.0f %12.0f %12.2f %12.0f %12.2f %10.2f %10.2f%n", s.schools(), s.startUpMedian(),
                    s.thresholdsMedian(), s.thresholdsMedian() / s.startUpMedian(), s.blocksMedian(),
                    s.blocksMedian() / s.startUpMedian(), s.thresholdsMedian() / first.thresholdsMedian(),
                    s.blocksMedian() / first.blocksMedian());
        }
        for (Size s : sizes) {
            out.printf("  %d schools: SELECT 1 round trip %.3f ms median; thresholds %d rows, blocks %d rows%n",
                    s.schools(), s.selectOneMedian(), s.thresholdRows(), s.blockRows());
        }
        for (Size s : sizes) {
            figures.add(BenchFigure.against("sync", "report thresholds --all, " + s.schools() + " schools, median",
                    String.format("%.0f ms (%.2f× start-up)", s.thresholdsMedian(),
                            s.thresholdsMedian() / s.startUpMedian()),
                    "under " + BenchSync.REPORT_GOAL_MILLIS + " ms (100 schools)",
                    s.thresholdsMedian() < BenchSync.REPORT_GOAL_MILLIS));
            figures.add(BenchFigure.against("sync", "report blocks --all, " + s.schools() + " schools, median",
                    String.format("%.0f ms (%.2f× start-up)", s.blocksMedian(), s.blocksMedian() / s.startUpMedian()),
                    "under " + BenchSync.REPORT_GOAL_MILLIS + " ms (100 schools)",
                    s.blocksMedian() < BenchSync.REPORT_GOAL_MILLIS));
        }
        if (sizes.size() > 1) {
            Size last = sizes.get(sizes.size() - 1);
            figures.add(BenchFigure.of("sync", "growth " + first.schools() + " to " + last.schools() + " schools",
                    String.format("thresholds %.2f×, blocks %.2f× (schools %.1f×)",
                            last.thresholdsMedian() / first.thresholdsMedian(),
                            last.blocksMedian() / first.blocksMedian(), last.schools() / (double) first.schools())));
        }
        return figures;
    }
}
