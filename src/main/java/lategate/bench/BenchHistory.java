package lategate.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import lategate.app.SignIn;
import lategate.app.SignInOutcome;
import lategate.app.retention.PurgeCounts;
import lategate.app.retention.RetentionPurge;
import lategate.demo.GeneratedYear;
import lategate.domain.badge.BadgeCodes;
import lategate.domain.pupil.Pupil;
import lategate.domain.register.Register;
import lategate.domain.retention.RetentionRule;
import lategate.domain.school.School;
import lategate.settings.SchoolSettings;
import lategate.settings.Settings;
import lategate.store.Database;
import lategate.store.SqlitePupils;
import lategate.wiring.BadInputException;
import lategate.wiring.Progress;
import lategate.wiring.SchoolServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code lategate bench history}: a school that keeps its register the 6 years the 2024 regulations
 * ask (docs/data-protection.md) must scan and report as fast in its sixth year as in its first. Each
 * figure is a ratio to the same measure on a database without the history, in the same run.
 */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"Generate a school with --years academic years of lateness in one database, as "
                + "retention keeps them (the same generated lateness as 'bench reports', each earlier year on the "
                + "calendar moved back a year, the same pupils), and measure what the history costs:",
                "  scans: the kiosk's sign-in (badge look-up, classify, record, seal; one commit each) of pupils "
                        + "not yet marked on the current year's last days, p50 and p99, against the same scans on "
                        + "a database holding only the roll (an empty year), the two databases scanned in turn, "
                        + "scan by scan, so that a busy moment falls on both;",
                "  reports: 'report blocks' and 'report thresholds' of the current year, each in a fresh JVM "
                        + "as 'bench reports' times them (after start-up, median), against the same school with "
                        + "its current year only;",
                "  purge: what 'lategate purge' does on the first day the oldest year is past retention (6 "
                        + "years after the end of the academic year it was made in), timed, and checked to have "
                        + "removed that year and nothing else.",
                "Goals: scan p99 with the history at most 1.2 times the empty year's; each report at most 1.3 "
                        + "times the one year's; the purge under 10 s."},
        footer = {"", "Examples:", "  lategate bench history", "  lategate bench history --years 6 --pupils 2000 --scans 2000",
                "  lategate bench history --years 2 --pupils 50 --scans 100 --runs 1"})
final class BenchHistory implements Callable<Integer>, BenchFigure.Source {

    static final double SCAN_GOAL = 1.2;
    static final double REPORT_GOAL = 1.3;
    static final double PURGE_GOAL_SECONDS = 10;

    private final List<BenchFigure> figures = new ArrayList<>();

    @Override
    public List<BenchFigure> figures() {
        return List.copyOf(figures);
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--years", defaultValue = "6", paramLabel = "N",
            description = "Academic years of marks in the database, the current one last (default: ${DEFAULT-VALUE}).")
    int years;

    @Option(names = "--pupils", defaultValue = "2000", paramLabel = "N",
            description = "Pupils on roll (default: ${DEFAULT-VALUE}).")
    int pupils;

    @Option(names = "--scans", defaultValue = "2000", paramLabel = "N",
            description = "Scans to time on each database, after a fifth as many untimed (default: ${DEFAULT-VALUE}).")
    int scans;

    @Option(names = "--runs", defaultValue = "3", paramLabel = "R",
            description = "Timed runs of each report on each database (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--seed", defaultValue = "2026", paramLabel = "S",
            description = "Seed of the generated years (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (years < 1 || years > 12) {
            throw new BadInputException("--years must be from 1 to 12, not " + years);
        }
        if (pupils < 10 || pupils > 100_000) {
            throw new BadInputException("--pupils must be from 10 to 100000, not " + pupils);
        }
        if (scans < 100) {
            throw new BadInputException("--scans must be at least 100 for a p99 to mean anything");
        }
        if (runs < 1 || runs > 1000) {
            throw new BadInputException("--runs must be from 1 to 1000, not " + runs);
        }
        Path jar = Path.of(BenchHistory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!Files.isRegularFile(jar)) {
            throw new BadInputException("bench history runs from the packaged jar (java -jar target/lategate.jar)");
        }
        LocalDate today = BenchHost.of(spec).clock().instant().atZone(ZoneOffset.UTC).toLocalDate();
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("lategate-bench-history-");
        try {
            GeneratedYear.Generated oneYear = GeneratedYear.generate(work.resolve("one-year"), pupils, seed, today);
            GeneratedYear.History history = GeneratedYear.generateYears(work.resolve(years + "-years"), pupils, seed,
                    today, years);
            GeneratedYear.Generated current = history.current();
            Settings settings = SchoolSettings.read(current.settings());

            BenchReports.Child child = new BenchReports.Child(jar, work, BenchHost.of(spec).mainClass());
            Reports reports = reports(child, oneYear, current);

            List<Pupil> roll;
            List<Arrival> arrivals;
            try (Database database = Database.open(current.database())) {
                roll = new SqlitePupils(database).all();
                arrivals = unmarked(settings, database, roll, scans + scans / 5);
            }
            Path emptyFile = work.resolve("empty-year.db");
            try (Database empty = Database.create(emptyFile)) {
                empty.belongsTo(settings.school().id());
                School school = settings.school();
                new SqlitePupils(empty).importRoster(roll, school.calendar().yearStarts(),
                        school.calendar().yearStarts().atStartOfDay(school.zone()).toInstant(), "bench-roster.csv", "-");
            }
            // The two databases scanned in turn, scan by scan (which one goes first alternating), so that a
            // busy moment of the machine or the disk falls on both alike: the ratio compares the history,
            // not two stretches of time.
            double[][] timed = scan(settings, List.of(current.database(), emptyFile), arrivals);
            double[] withHistory = timed[0];
            double[] emptyYear = timed[1];

            Optional<Purge> purge = years < 2 ? Optional.empty() : Optional.of(purgeOldest(settings, history));

            print(out, oneYear, history, reports, emptyYear, withHistory, purge);
        } finally {
            BenchCommand.removeTree(work);
        }
        return 0;
    }

    // ---- scans -----------------------------------------------------------------------------------

    /** A pupil's arrival to scan: on a day of the current year when the generated history has no AM mark for them. */
    private record Arrival(Pupil pupil, Instant at) {
    }

    /** Arrivals of pupils not yet marked, on the current year's last school days, latest day first. */
    private static List<Arrival> unmarked(Settings settings, Database database, List<Pupil> roll, int count) {
        School school = settings.school();
        SchoolServices services = new SchoolServices(settings, database, afterTheYear(school));
        List<Arrival> arrivals = new ArrayList<>();
        for (LocalDate day = school.calendar().yearEnds(); arrivals.size() < count; day = day.minusDays(1)) {
            if (day.isBefore(school.calendar().yearStarts())) {
                throw new BadInputException("--scans " + count + " needs more pupil-days than the year has");
            }
            if (!school.calendar().isSchoolDay(day)) {
                continue;
            }
            Set<String> marked = new HashSet<>();
            services.entries().on(day).stream().filter(e -> e.register() == Register.AM)
                    .forEach(e -> marked.add(e.pupilId()));
            int n = 0;
            for (Pupil p : roll) {
                if (!marked.contains(p.id()) && arrivals.size() < count) {
                    // After the register is taken, a second apart: late marks, as a late gate sees them.
                    arrivals.add(new Arrival(p, day.atTime(school.timetable().morning().taken().plusSeconds(++n % 1500))
                            .atZone(school.zone()).toInstant()));
                }
            }
        }
        return arrivals;
    }

    private static Clock afterTheYear(School school) {
        return Clock.fixed(school.calendar().yearEnds().plusDays(1).atStartOfDay(school.zone()).toInstant(),
                school.zone());
    }

    /**
     * Scans every arrival through the kiosk's sign-in on a copy of each of {@code files}, the copies in
     * turn for each arrival; each copy's times of all but the first fifth (the warm-up of its caches
     * and of the JIT).
     */
    private double[][] scan(Settings settings, List<Path> files, List<Arrival> arrivals) throws Exception {
        int warmUp = arrivals.size() - scans;
        double[][] millis = new double[files.size()][scans];
        List<Path> copies = new ArrayList<>();
        List<Database> databases = new ArrayList<>();
        Progress progress = Progress.start("timing scans", (long) arrivals.size() * files.size());
        try {
            List<SignIn> signIns = new ArrayList<>();
            List<BadgeCodes> codes = new ArrayList<>();
            for (Path file : files) {
                Path copy = file.resolveSibling("scanning-" + file.getFileName());
                Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                copies.add(copy);
                Database database = Database.open(copy);
                databases.add(database);
                SchoolServices services = new SchoolServices(settings, database, afterTheYear(settings.school()));
                signIns.add(services.signIn());
                codes.add(services.badgeCodes());
            }
            for (int i = 0; i < arrivals.size(); i++) {
                Arrival a = arrivals.get(i);
                for (int turn = 0; turn < files.size(); turn++) {
                    int d = (turn + i) % files.size();
                    String code = codes.get(d).printed(a.pupil().badge());
                    long start = System.nanoTime();
                    SignInOutcome outcome = signIns.get(d).scan(code, a.at(), "bench", "bench", Optional.empty());
                    double took = (System.nanoTime() - start) / 1e6;
                    if (!(outcome instanceof SignInOutcome.Marked)) {
                        throw new IllegalStateException("bench scan " + i + " was not marked in " + files.get(d)
                                + ": " + outcome);
                    }
                    if (i >= warmUp) {
                        millis[d][i - warmUp] = took;
                    }
                    progress.advance((long) i * files.size() + turn + 1);
                }
            }
        } finally {
            progress.finish();
            for (Database database : databases) {
                database.close();
            }
            for (Path copy : copies) {
                Files.deleteIfExists(copy);
                Files.deleteIfExists(copy.resolveSibling(copy.getFileName() + "-wal"));
                Files.deleteIfExists(copy.resolveSibling(copy.getFileName() + "-shm"));
            }
        }
        return millis;
    }

    // ---- reports ---------------------------------------------------------------------------------

    /** Each report's runs after start-up, on the one year and on the history; the start-up's runs. */
    private record Reports(List<String> names, List<double[]> oneYear, List<double[]> history, double[] startUp) {
    }

    private Reports reports(BenchReports.Child child, GeneratedYear.Generated oneYear, GeneratedYear.Generated current)
            throws Exception {
        List<String> names = List.of("report blocks --block " + current.block(),
                "report thresholds --on " + current.thresholdsOn());
        List<double[]> one = List.of(new double[runs], new double[runs]);
        List<double[]> all = List.of(new double[runs], new double[runs]);
        double[] startUp = new double[runs];
        Progress progress = Progress.start("timing the reports on 1 and " + years + " years", runs + 1L);
        try {
            child.run(List.of("--version"));
            for (int k = 0; k < names.size(); k++) {
                child.run(report(k, oneYear));
                child.run(report(k, current));
            }
            progress.advance(1);
            for (int r = 0; r < runs; r++) {
                startUp[r] = child.run(List.of("--version")).millis();
                for (int k = 0; k < names.size(); k++) {
                    // Alternated, so a moment of load falls on both alike.
                    one.get(k)[r] = child.run(report(k, oneYear)).millis();
                    all.get(k)[r] = child.run(report(k, current)).millis();
                }
                progress.advance(r + 2L);
            }
        } finally {
            progress.finish();
        }
        return new Reports(names, one, all, startUp);
    }

    private static List<String> report(int k, GeneratedYear.Generated year) {
        List<String> args = new ArrayList<>(List.of("report", k == 0 ? "blocks" : "thresholds", "--school",
                year.settings().toString(), "--db", year.database().toString()));
        if (k == 0) {
            args.addAll(List.of("--block", Integer.toString(year.block())));
        } else {
            args.addAll(List.of("--on", year.thresholdsOn().toString()));
        }
        args.add("--csv");
        return args;
    }

    // ---- purge -----------------------------------------------------------------------------------

    private record Purge(LocalDate on, LocalDate cutOff, PurgeCounts counts, double seconds) {
    }

    /**
     * The purge a school runs on the first day its oldest year is past retention, on the history's
     * database, as 'lategate purge' runs it (the same purge, its clock checked the same way).
     */
    private static Purge purgeOldest(Settings settings, GeneratedYear.History history) {
        School school = settings.school();
        RetentionRule rule = RetentionRule.of(school.retention());
        GeneratedYear.GeneratedSpan oldest = history.years().get(0);
        GeneratedYear.GeneratedSpan next = history.years().get(1);
        LocalDate on = rule.firstPurgeDate(oldest.lastDay());
        LocalDate cutOff = rule.cutOff(on);
        if (!cutOff.isAfter(oldest.lastDay()) || cutOff.isAfter(next.firstDay())) {
            throw new IllegalStateException("the purge on " + on + " would keep from " + cutOff
                    + ", not exactly the oldest year (" + oldest.firstDay() + " to " + oldest.lastDay() + ")");
        }
        Clock clock = Clock.fixed(on.atTime(8, 0).atZone(school.zone()).toInstant(), school.zone());
        try (Database database = Database.open(history.current().database())) {
            SchoolServices services = new SchoolServices(settings, database, clock);
            RetentionPurge purge = new RetentionPurge(school, services.retention(), services.clockLog(), clock);
            long start = System.nanoTime();
            PurgeCounts counts = purge.run("bench");
            double seconds = (System.nanoTime() - start) / 1e9;
            // The purge counts a mark's repeat scans apart from the marks.
            int arrivals = counts.byTable().getOrDefault("arrivals", 0)
                    + counts.byTable().getOrDefault("repeat_scans", 0);
            if (arrivals != oldest.arrivals()) {
                throw new IllegalStateException("the purge removed " + arrivals + " arrivals, not the oldest year's "
                        + oldest.arrivals() + ": " + counts.json());
            }
            return new Purge(on, cutOff, counts, seconds);
        }
    }

    // ---- the report ------------------------------------------------------------------------------

    private void print(PrintWriter out, GeneratedYear.Generated oneYear, GeneratedYear.History history,
                       Reports reports, double[] emptyYear, double[] withHistory, Optional<Purge> purge) {
        GeneratedYear.Generated current = history.current();
        out.printf("lategate bench history: %d pupils, %d academic year%s of marks in one database, seed %d%n", pupils,
                years, years == 1 ? "" : "s", seed);
        out.printf("%-24s %10s %10s %12s%n", "year", "arrivals", "late marks", "amendments");
        for (GeneratedYear.GeneratedSpan y : history.years()) {
            out.printf("%-24s %10d %10d %12d%n", y.firstDay() + " to " + y.lastDay(), y.arrivals(), y.lateMarks(),
                    y.amendments());
        }
        out.printf("database: %.1f MB with %d year%s; %.1f MB with the current year only%n",
                current.databaseBytes() / 1e6, years, years == 1 ? "" : "s", oneYear.databaseBytes() / 1e6);
        out.println();

        double p50Empty = BenchCommand.percentile(emptyYear, 50);
        double p99Empty = BenchCommand.percentile(emptyYear, 99);
        double p50History = BenchCommand.percentile(withHistory, 50);
        double p99History = BenchCommand.percentile(withHistory, 99);
        double scanRatio = p99History / p99Empty;
        out.printf("scan to recorded (sign-in: look-up, classify, record, seal, commit), %d scans each:%n", scans);
        out.printf("%-34s %10s %10s%n", "", "p50 ms", "p99 ms");
        out.printf("%-34s %10.3f %10.3f%n", "an empty year (the roll only)", p50Empty, p99Empty);
        out.printf("%-34s %10.3f %10.3f%n", years + " years of marks", p50History, p99History);
        out.printf("scan p99 with %d years / an empty year = %.2f (goal: at most %.1f)%n", years, scanRatio, SCAN_GOAL);
        figures.add(BenchFigure.of("history", "scan p50 / p99, empty year", String.format("%.2f / %.2f ms", p50Empty,
                p99Empty)));
        figures.add(BenchFigure.of("history", "scan p50 / p99, " + years + " years", String.format("%.2f / %.2f ms",
                p50History, p99History)));
        figures.add(BenchFigure.against("history", "scan p99, " + years + " years / empty year",
                String.format("%.2f", scanRatio), "at most " + SCAN_GOAL, scanRatio <= SCAN_GOAL));
        out.println();

        double base = BenchCommand.percentile(reports.startUp(), 50);
        out.printf("the current year's reports, after start-up (median of %d; start-up %.0f ms):%n", runs, base);
        out.printf("%-38s %12s %12s %8s%n", "", "1 year ms", years + " years ms", "ratio");
        for (int k = 0; k < reports.names().size(); k++) {
            double one = Math.max(1, BenchCommand.percentile(reports.oneYear().get(k), 50) - base);
            double all = Math.max(1, BenchCommand.percentile(reports.history().get(k), 50) - base);
            double ratio = all / one;
            out.printf("%-38s %12.0f %12.0f %8.2f%n", reports.names().get(k), one, all, ratio);
            String name = reports.names().get(k).split(" ")[1];
            figures.add(BenchFigure.against("history", name + ", " + years + " years / 1 year (after start-up)",
                    String.format("%.2f (%.0f / %.0f ms)", ratio, all, one), "at most " + REPORT_GOAL,
                    ratio <= REPORT_GOAL));
        }
        out.printf("(goal: each at most %.1f times the one year's)%n", REPORT_GOAL);
        out.println();

        if (purge.isEmpty()) {
            out.println("purge: left out, one year has nothing past retention");
            figures.add(BenchFigure.of("history", "purge of the oldest year", "left out (--years 1)"));
        } else {
            Purge p = purge.get();
            out.printf("purge on %s (keeps from %s): removed %d rows (%s) in %.2f s (goal: under %.0f s)%n", p.on(),
                    p.cutOff(), p.counts().total(), p.counts().json(), p.seconds(), PURGE_GOAL_SECONDS);
            figures.add(BenchFigure.against("history", "purge of the oldest of " + years + " years",
                    String.format("%.2f s", p.seconds()), "under " + (int) PURGE_GOAL_SECONDS + " s",
                    p.seconds() < PURGE_GOAL_SECONDS));
        }
        out.printf("load average %s at the end%n", BenchSyncRun.loadAverage());
    }
}
