package lategate.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import lategate.app.SignIn;
import lategate.badge.BadgeSheet;
import lategate.demo.DemoSchool;
import lategate.domain.badge.BadgeCodes;
import lategate.domain.badge.BadgeIssue;
import lategate.domain.badge.ScannedBadge;
import lategate.domain.pupil.Characteristics;
import lategate.domain.pupil.Pupil;
import lategate.settings.SchoolSettings;
import lategate.settings.Settings;
import lategate.store.Database;
import lategate.store.SqliteBadgeIssues;
import lategate.store.SqliteMovements;
import lategate.store.SqlitePupils;
import lategate.store.SqliteRegisterLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import lategate.wiring.BadInputException;
import lategate.wiring.Progress;
import lategate.wiring.SchoolServices;

/**
 * {@code lategate bench badges}: how long a scanned code takes to prove itself and find
 * its pupil, and how long a school's badge sheets take to make, on a generated roster.
 */
@Command(name = "badges", mixinStandardHelpOptions = true,
        description = {"On a generated roster in a temporary folder (the demo school's settings and a new badge key; "
                + "every 25th pupil on their second badge), measure in this JVM: (a) decode-and-verify of scanned codes, "
                + "half printed codes (check character) and half QR codes (HMAC signature), each read and looked up "
                + "as the kiosk does before it records anything: BadgeCodes.read, the pupil on roll by badge code "
                + "in SQLite, and for a QR code the pupil's badge issues; p50, p99 and max over --codes codes after "
                + "1,000 untimed; (b) 'lategate badges --out' for every pupil, run in this JVM as the command line "
                + "runs it (reading the roster and issues, drawing, writing the PDF), with the heap's peak during it "
                + "and the process's peak resident memory.",
                "Goals: decode-and-verify p99 under 1 ms; the sheet for 2,000 pupils under 30 s."},
        footer = {"", "Examples:", "  lategate bench badges", "  lategate bench badges --codes 100000 --pupils 4000"})
final class BenchBadges implements Callable<Integer>, BenchFigure.Source {

    private final List<BenchFigure> figures = new ArrayList<>();

    @Override
    public List<BenchFigure> figures() {
        return List.copyOf(figures);
    }

    static final double DECODE_GOAL_MILLIS = 1;
    static final double SHEET_GOAL_SECONDS = 30;
    private static final int WARM_UP = 1000;
    private static final int REISSUED_EVERY = 25;
    /** Names with accents Helvetica has (ë, á, Ó, ü) and some it has not (ễ, Ł), as real rolls have. */
    private static final String[] GIVEN = {"Zoë", "Siobhán", "Chloé", "Oliver", "Muhammad", "Tomás", "Mei", "Kacper",
            "Aisha", "Łucja", "Priya", "Reuben"};
    private static final String[] FAMILY = {"Nguyễn", "Ó Briain", "Müller", "Smith", "Kowalski", "Okafor", "Chen",
            "Łukaszewicz", "Begum", "Davies", "O'Neill"};

    @Spec
    CommandSpec spec;

    @Option(names = "--codes", defaultValue = "10000", paramLabel = "N",
            description = "Scanned codes to time (default: ${DEFAULT-VALUE}).")
    int codes;

    @Option(names = "--pupils", defaultValue = "2000", paramLabel = "N",
            description = "Pupils on the generated roster, each a card on the sheet (default: ${DEFAULT-VALUE}).")
    int pupils;

    @Override
    public Integer call() throws Exception {
        if (codes < 100) {
            throw new BadInputException("--codes must be at least 100 for a p99 to mean anything");
        }
        if (pupils < 10 || pupils > 100_000) {
            throw new BadInputException("--pupils must be from 10 to 100000, not " + pupils);
        }
        Clock clock = BenchHost.of(spec).clock();
        Path work = Files.createTempDirectory("lategate-bench-badges-");
        try {
            DemoSchool school = new DemoSchool(work.resolve("school"));
            school.prepare();
            Settings settings = SchoolSettings.read(school.settings());
            Path db = work.resolve("school.db");
            List<Pupil> roster = roster(pupils);
            try (Database database = Database.create(db)) {
                database.belongsTo(settings.school().id());
                Instant now = clock.instant();
                new SqlitePupils(database).importRoster(roster, LocalDate.ofInstant(now, settings.school().zone()), now,
                        "bench", "-");
                SqliteBadgeIssues issues = new SqliteBadgeIssues(database);
                for (int i = 0; i < roster.size(); i += REISSUED_EVERY) {
                    issues.record(new BadgeIssue(roster.get(i).id(), 2, now, "lost", "bench"));
                }
            }
            Decoding decoding = decode(settings, db, roster);
            asIs = BenchAsIs.lookups(settings, db, roster, WARM_UP, codes, BenchHost.of(spec).clock());
            Sheet sheet = sheet(school.settings(), db, work.resolve("badges.pdf"));
            print(decoding, sheet);
        } finally {
            BenchCommand.removeTree(work);
        }
        return 0;
    }

    /** Each scan's milliseconds, printed and signed codes apart; and the same codes read with no database. */
    record Decoding(double[] printed, double[] signed, double[] all, double[] readOnly) {
    }

    /** The sheet's wall time, size, and memory: heap peak during it, the process's resident peak after. */
    record Sheet(double seconds, long bytes, long heapPeakBytes, Optional<Long> residentPeakKilobytes) {
    }

    /** The as-is lookups' milliseconds, once run. */
    private double[] asIs = new double[0];

    private Decoding decode(Settings settings, Path db, List<Pupil> roster) {
        BadgeCodes badgeCodes = SchoolServices.badgeCodes(settings);
        Random random = new Random(2026);
        try (Database database = Database.open(db)) {
            SqliteBadgeIssues issues = new SqliteBadgeIssues(database);
            // The kiosk's own reading (SignIn.holderOf): code, pupil on roll, latest issue; it records nothing.
            SignIn kiosk = new SignIn(settings.school(), badgeCodes, issues, new SqlitePupils(database),
                    new SqliteRegisterLog(database, settings.school().zone()), new SqliteMovements(database),
                    BenchHost.of(spec).clock());
            double[] printed = new double[(codes + 1) / 2];
            double[] signed = new double[codes / 2];
            double[] all = new double[codes];
            double[] readOnly = new double[codes];
            List<String> scanned = new ArrayList<>();
            Progress progress = Progress.start("decoding codes", WARM_UP + codes);
            try {
                for (int i = 0; i < WARM_UP + codes; i++) {
                    int index = random.nextInt(roster.size());
                    Pupil pupil = roster.get(index);
                    boolean qr = i % 2 == 1;
                    int issue = index % REISSUED_EVERY == 0 ? 2 : 1;
                    String code = qr ? badgeCodes.signed(pupil.badge(), issue) : badgeCodes.printed(pupil.badge());
                    long start = System.nanoTime();
                    Optional<Pupil> holder = kiosk.holderOf(code);
                    double millis = (System.nanoTime() - start) / 1e6;
                    if (holder.isEmpty() || !holder.get().id().equals(pupil.id())) {
                        throw new IllegalStateException("bench code " + code + " of " + pupil.id() + " was read as "
                                + holder.map(Pupil::id).orElse("nobody's"));
                    }
                    if (i >= WARM_UP) {
                        scanned.add(code);
                        int n = i - WARM_UP;
                        all[n] = millis;
                        if (qr) {
                            signed[n / 2] = millis;
                        } else {
                            printed[n / 2] = millis;
                        }
                    }
                    progress.advance(i + 1L);
                }
            } finally {
                progress.finish();
            }
            // The same codes again, read alone: how much of a scan is the code, how much the database.
            for (int n = 0; n < codes; n++) {
                long start = System.nanoTime();
                ScannedBadge read = badgeCodes.read(scanned.get(n));
                readOnly[n] = (System.nanoTime() - start) / 1e6;
                if (read instanceof ScannedBadge.Refused refused) {
                    throw new IllegalStateException("bench code " + scanned.get(n) + " refused: " + refused);
                }
            }
            return new Decoding(printed, signed, all, readOnly);
        }
    }

    /** 'lategate badges --out' as the command line runs it, in this JVM so its heap can be watched. */
    private Sheet sheet(Path settings, Path db, Path pdf) throws IOException {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        StringWriter said = new StringWriter();
        picocli.CommandLine command = BenchHost.of(spec).freshCommandLine(BenchHost.of(spec).clock());
        command.setOut(new PrintWriter(said, true));
        command.setErr(new PrintWriter(said, true));
        long start = System.nanoTime();
        int exit = command.execute("badges", "--school", settings.toString(), "--db", db.toString(), "--out",
                pdf.toString());
        double seconds = (System.nanoTime() - start) / 1e9;
        if (exit != 0) {
            throw new IllegalStateException("lategate badges exited " + exit + ": " + said.toString().strip());
        }
        long heapPeak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return new Sheet(seconds, Files.size(pdf), heapPeak, residentPeak());
    }

    private void print(Decoding d, Sheet s) {
        PrintWriter out = spec.commandLine().getOut();
        Runtime jvm = Runtime.getRuntime();
        out.printf("lategate bench badges: %d pupils (generated, every %dth on their second badge), Java %s, max heap %d MB, "
                        + "%d CPUs%n", pupils, REISSUED_EVERY, System.getProperty("java.version"),
                jvm.maxMemory() / (1024 * 1024), jvm.availableProcessors());
        out.println();
        out.printf("decode-and-verify, %d codes after %d untimed (read, pupil on roll, latest issue)%n", codes, WARM_UP);
        out.printf("%-40s %10s %10s %10s%n", "", "p50 ms", "p99 ms", "max ms");
        row(out, "printed code (check character)", d.printed());
        row(out, "QR code (HMAC-SHA256 signature)", d.signed());
        row(out, "all codes", d.all());
        row(out, "  of which BadgeCodes.read (no database)", d.readOnly());
        row(out, "existing card, as-is (index of the roll)", asIs);
        double p99 = BenchCommand.percentile(d.all(), 99);
        out.printf("p99 %.3f ms: goal under %.0f ms %s%n", p99, DECODE_GOAL_MILLIS,
                p99 < DECODE_GOAL_MILLIS ? "met" : "NOT met");
        figures.add(BenchFigure.against("badges", "decode-and-verify of a scanned code, p99 of " + codes,
                String.format("%.3f ms", p99), "under " + (int) DECODE_GOAL_MILLIS + " ms", p99 < DECODE_GOAL_MILLIS));
        double asIsP99 = BenchCommand.percentile(asIs, 99);
        figures.add(BenchFigure.against("badges", "as-is card lookup, " + pupils + " pupils, p99 of " + codes,
                String.format("%.3f ms", asIsP99), "under " + (int) DECODE_GOAL_MILLIS + " ms",
                asIsP99 < DECODE_GOAL_MILLIS));
        out.println();
        int pages = BadgeSheet.pages(pupils);
        out.printf("badge sheet: 'lategate badges --out' for %d pupils, %d A4 pages, %.1f MB PDF%n", pupils, pages,
                s.bytes() / 1e6);
        out.printf("  %.1f s (goal under %.0f s %s); heap peak during it %.0f MB (sum of the heap pools' peaks); "
                        + "process peak resident %s%n", s.seconds(), SHEET_GOAL_SECONDS,
                s.seconds() < SHEET_GOAL_SECONDS ? "met" : "NOT met", s.heapPeakBytes() / (1024.0 * 1024),
                s.residentPeakKilobytes().map(kb -> String.format("%.0f MB (the whole bench, from /proc/self/status)",
                        kb / 1024.0)).orElse("unknown (no /proc/self/status)"));
        figures.add(BenchFigure.against("badges", "badge sheet PDF for " + pupils + " pupils (heap peak)",
                String.format("%.1f s; %.0f MB", s.seconds(), s.heapPeakBytes() / (1024.0 * 1024)),
                "under " + (int) SHEET_GOAL_SECONDS + " s", s.seconds() < SHEET_GOAL_SECONDS));
    }

    private static void row(PrintWriter out, String label, double[] millis) {
        out.printf("%-40s %10.3f %10.3f %10.3f%n", label, BenchCommand.percentile(millis, 50),
                BenchCommand.percentile(millis, 99), BenchCommand.percentile(millis, 100));
    }

    /** The process's peak resident set (VmHWM), where Linux tells it. */
    private static Optional<Long> residentPeak() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Optional.of(Long.parseLong(line.replaceAll("\\D", "")));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: say so in the table
        }
        return Optional.empty();
    }

    /** A roster of {@code n} pupils in classes of 30, each with a badge code. */
    static List<Pupil> roster(int n) {
        List<Pupil> roster = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int year = 1 + (i / 30) % 11;
            String className = year + String.valueOf((char) ('A' + (i / 330) % 26));
            roster.add(new Pupil(String.format("B%05d", i), GIVEN[i % GIVEN.length], FAMILY[(i / 7) % FAMILY.length],
                    Integer.toString(year), className, String.format("BENCH%05d", i), Characteristics.NONE,
                    Optional.empty()));
        }
        return roster;
    }
}
