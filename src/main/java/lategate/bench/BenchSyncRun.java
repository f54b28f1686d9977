package lategate.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import lategate.app.sync.Sync;
import lategate.app.sync.SyncTarget;
import lategate.settings.SchoolSettings;
import lategate.settings.Settings;
import lategate.store.Database;
import lategate.store.SqliteOutbox;
import lategate.sync.SettingsCopy;
import lategate.sync.hub.HubPassword;
import lategate.sync.hub.HubRoles;
import lategate.sync.hub.HubSchema;
import lategate.sync.hub.ScratchHubs;
import lategate.sync.hub.SyncTargets;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine;
import lategate.demo.GeneratedYear;
import lategate.wiring.Progress;
import lategate.wiring.SchoolServices;

/**
 * One run of {@code lategate bench sync} with its options checked: what needs the hub's classes
 * (the PostgreSQL driver, Flyway) is here, so they load only when the bench runs, not when the
 * command line is built.
 */
final class BenchSyncRun {

    private final BenchSync options;
    private final Path jar;
    private final CommandSpec spec;
    private final int pupils;
    private final int schools;
    private final int synced;
    private final long seed;
    private final int runs;
    private final Path keep;

    BenchSyncRun(BenchSync options, Path jar) {
        this.options = options;
        this.jar = jar;
        this.spec = options.spec;
        this.pupils = options.pupils;
        this.schools = options.schools;
        this.synced = options.synced != null ? options.synced : Math.min(schools, BenchTrust.FIRST_SIZE);
        this.seed = options.seed;
        this.runs = options.runs;
        this.keep = options.keep;
    }

    /** One school's year, ready to sync: its settings and the kiosk's database with its outbox full. */
    record School(String id, GeneratedYear.Generated year, Path settings, Path database, Path rolePassword, int summaries,
                  long summaryBytes, Duration made) {
    }

    Integer run() throws Exception {
        Clock clock = BenchHost.of(spec).clock();
        LocalDate today = clock.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        PrintWriter out = spec.commandLine().getOut();
        String loadBefore = loadAverage();
        HubPassword password = HubPassword.from(Optional.ofNullable(options.hubPasswordFile));
        if (keep != null) {
            Files.createDirectories(keep);
        }
        Path work = Files.createTempDirectory("lategate-bench-sync-");
        try (ScratchHubs server = ScratchHubs.open(options.hub, password)) {
            BenchReports.Child child = new BenchReports.Child(jar, work, BenchHost.of(spec).mainClass());
            School first = school(server, work, 1, today, clock);

            // --- a year of one school to an empty hub, in fresh JVMs ---
            Path pristine = work.resolve("pristine.db");
            Files.copy(first.database(), pristine, StandardCopyOption.REPLACE_EXISTING);
            BenchReports.Sample[] startUp = new BenchReports.Sample[runs];
            BenchReports.Sample[] sync = new BenchReports.Sample[runs];
            Progress progress = Progress.start("timing sync of a year to an empty hub", runs + 1L);
            try {
                for (int r = 0; r <= runs; r++) {
                    String database = server.create("sync_" + r);
                    HubSchema.migrate(database, password);
                    addSchool(server, database, first);
                    Files.copy(pristine, first.database(), StandardCopyOption.REPLACE_EXISTING);
                    String target = server.address(role(first), ScratchHubs.PREFIX + "sync_" + r);
                    BenchReports.Sample version = child.run(List.of("--version"));
                    BenchReports.Sample millis = child.run(List.of("sync", "--school", first.settings().toString(),
                            "--db", first.database().toString(), "--to", target, "--kiosk-id", BenchSync.KIOSK));
                    long held = server.count(ScratchHubs.PREFIX + "sync_" + r, "SELECT count(*) FROM hub.summaries");
                    if (held != first.summaries()) {
                        throw new IllegalStateException("the hub holds " + held + " summaries after sync, not "
                                + first.summaries());
                    }
                    server.drop(database);
                    if (r > 0) {
                        startUp[r - 1] = version;
                        sync[r - 1] = millis;
                    }
                    progress.advance(r + 1L);
                }
            } finally {
                progress.finish();
            }

            // --- a trust of such schools, and its threshold report ---
            String trust = server.create("trust");
            HubSchema.migrate(trust, password);
            String trustDb = ScratchHubs.PREFIX + "trust";
            List<School> all = new ArrayList<>();
            double[] loads = new double[schools];
            String reader = ScratchHubs.PREFIX + "reports";
            Path readerPassword = secret(keep != null ? keep : work, reader);
            HubRoles.addReader(trust, password, reader, readerPassword);
            server.made(reader);
            LocalDate on = first.year().thresholdsOn();
            List<String> report = List.of("report", "thresholds", "--hub", server.address(reader, trustDb),
                    "--hub-password-file", readerPassword.toString(), "--all", "--on", on.toString(), "--csv");
            List<String> blocks = List.of("report", "blocks", "--hub", server.address(reader, trustDb),
                    "--hub-password-file", readerPassword.toString(), "--all", "--block",
                    Integer.toString(first.year().block()), "--csv");
            // The reports are timed at each size on the way (20 schools, then all): the growth in one run.
            List<Integer> sizes = BenchTrust.sizes(schools);
            List<BenchTrust.Size> measured = new ArrayList<>();
            Map<String, Integer> rows = Map.of();
            Duration loaded = Duration.ZERO;
            Duration copied = Duration.ZERO;
            for (int k = 1; k <= schools; k++) {
                if (k > synced) {
                    // A copy in SQL of a synced school's rows, under its own id, name and settings.
                    long started = System.nanoTime();
                    String from = id((k - 1) % synced + 1);
                    server.copySchool(trustDb, from, id(k), "Bench School " + k);
                    copied = copied.plusNanos(System.nanoTime() - started);
                } else {
                    School s = k == 1 ? first : school(server, work, k, today, clock);
                    long started = System.nanoTime();
                    addSchool(server, trust, s);
                    loads[k - 1] = load(server, trustDb, s, clock);
                    loaded = loaded.plusNanos(System.nanoTime() - started);
                    all.add(s);
                    if (k > 1) {
                        Files.deleteIfExists(s.database()); // a year is some 10 MB at 2,000 pupils: keep the disk free
                    }
                }
                if (sizes.contains(k)) {
                    server.settle(trustDb);
                    rows = rowsBySchool(BenchHost.of(spec), clock, report);
                    int blockRows = rowsBySchool(BenchHost.of(spec), clock, blocks).values().stream()
                            .mapToInt(Integer::intValue).sum();
                    measured.add(BenchTrust.time(child, k, report, blocks, runs, server.roundTrips(trustDb, 200),
                            rows.values().stream().mapToInt(Integer::intValue).sum(), blockRows));
                }
            }
            BenchTrust.Size whole = measured.get(measured.size() - 1);
            BenchReports.Sample[] thresholds = whole.thresholds();
            BenchReports.Sample[] reportStartUp = whole.startUp();
            long summaries = server.count(trustDb, "SELECT count(*) FROM hub.summaries");
            long marks = server.count(trustDb, "SELECT count(*) FROM hub.marks");
            long hubBytes = server.count(trustDb, "SELECT pg_database_size(current_database())");

            String loadAfter = loadAverage();
            if (keep != null) {
                server.keep(trust);
            }
            print(out, server, first, schools, startUp, sync, reportStartUp, thresholds, loads, loaded, summaries,
                    marks, hubBytes, rows, on, loadBefore, loadAfter, whole, copied);
            options.figures.addAll(BenchTrust.print(out, measured));
            if (keep != null) {
                out.printf("%nKept the trust's hub: lategate %s%n", String.join(" ", report));
            }
        } finally {
            BenchCommand.removeTree(work);
        }
        return 0;
    }

    private static String id(int k) {
        return String.format("bench-%02d", k);
    }

    private static String role(School s) {
        return ScratchHubs.PREFIX + "kiosk_" + s.id().substring("bench-".length());
    }

    private static Path secret(Path work, String role) throws Exception {
        byte[] random = new byte[18];
        new java.security.SecureRandom().nextBytes(random);
        return Files.writeString(work.resolve(role + ".password"),
                java.util.Base64.getEncoder().encodeToString(random) + "\n", StandardCharsets.UTF_8);
    }

    /** School k's year generated, with its role's password in its settings and its summaries made. */
    private School school(ScratchHubs server, Path work, int k, LocalDate today, Clock clock) throws Exception {
        String id = id(k);
        GeneratedYear.Generated year = GeneratedYear.generate(work.resolve(id), pupils, seed + k - 1, today, id,
                "Bench School " + k);
        Path password = secret(work, ScratchHubs.PREFIX + "kiosk_" + String.format("%02d", k));
        Files.writeString(year.settings(), "\n[sync]\npassword_file = \"" + password.toAbsolutePath() + "\"\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Settings settings = SchoolSettings.read(year.settings());
        long started = System.nanoTime();
        int made;
        long bytes = 0;
        try (Database database = Database.open(year.database())) {
            SqliteOutbox outbox = new SqliteOutbox(database);
            made = new SchoolServices(settings, database, clock).summaries()
                    .catchUp(today, Optional.of(BenchSync.KIOSK), clock.instant()).size();
            for (var entry : outbox.all()) {
                bytes += entry.body().length;
            }
        }
        return new School(id, year, year.settings(), year.database(), password, made, bytes,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private static void addSchool(ScratchHubs server, String database, School s) {
        HubRoles.addSchool(database, server.password(), s.id(), role(s), s.rolePassword());
        server.made(role(s));
    }

    /** Sends a school's outbox to the trust's hub in this JVM, as its role; the time it took, in ms. */
    private static double load(ScratchHubs server, String database, School s, Clock clock) throws Exception {
        long started = System.nanoTime();
        try (Database db = Database.open(s.database());
             SyncTarget target = SyncTargets.open(server.address(role(s), database), Optional.of(s.rolePassword()))) {
            Sync.Result result = new Sync(new SqliteOutbox(db), clock).send(target,
                    Optional.of(SettingsCopy.of(s.id(), s.settings())), done -> { });
            if (!result.complete() || result.sent() != s.summaries()) {
                throw new IllegalStateException("loading " + s.id() + " into the trust's hub: "
                        + result.failure().orElse(result.sent() + " of " + s.summaries() + " sent"));
            }
        }
        return (System.nanoTime() - started) / 1e6;
    }

    /** The report run once in this JVM: its rows per school, a check that every school is in it. */
    private static Map<String, Integer> rowsBySchool(BenchHost host, Clock clock, List<String> report) {
        StringWriter text = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = host.freshCommandLine(clock);
        cli.setOut(new PrintWriter(text, true));
        cli.setErr(new PrintWriter(err, true));
        if (cli.execute(report.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("the trust-wide threshold report failed: " + err);
        }
        Map<String, Integer> rows = new TreeMap<>();
        text.toString().lines().skip(1).forEach(l -> rows.merge(l.substring(0, l.indexOf(',')), 1, Integer::sum));
        return rows;
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).strip().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception e) {
            return "unknown (no /proc/loadavg)";
        }
    }

    private void print(PrintWriter out, ScratchHubs server, School first, int trustSchools,
                       BenchReports.Sample[] startUp, BenchReports.Sample[] sync, BenchReports.Sample[] reportStartUp,
                       BenchReports.Sample[] thresholds, double[] loads, Duration loaded,
                       long summaries, long marks, long hubBytes, Map<String, Integer> rows, LocalDate on,
                       String loadBefore, String loadAfter, BenchTrust.Size whole, Duration copied) {
        GeneratedYear.Generated y = first.year();
        out.printf("lategate bench sync: seed %d, %d pupils a school, %d timed run%s of each command after one "
                + "untimed%n", seed, pupils, runs, runs == 1 ? "" : "s");
        out.printf("Server: PostgreSQL %s. JVM: java -cp lategate.jar lategate.cli.Main … with no JVM options "
                        + "(Java %s, %d CPUs). Load average (1, 5, 15 min): %s before, %s after.%n",
                server.serverVersion(), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                loadBefore, loadAfter);
        out.printf("A school's year: %d school days (%s to %s), %d late marks (%.2f%% of pupil-days), %d summaries "
                        + "of %.1f MB; generated in %.1f s, summaries made in %.1f s (neither is timed below).%n",
                y.schoolDays(), y.school().calendar().yearStarts(), y.school().calendar().yearEnds(), y.lateMarks(),
                100 * y.lateShare(), first.summaries(), first.summaryBytes() / 1e6, y.took().toMillis() / 1000.0,
                first.made().toMillis() / 1000.0);
        out.println();
        out.printf("%-52s %8s %8s %8s  %12s  %9s  %8s%n", "", "wall ms", "", "", "after", "CPU s", "peak MB");
        out.printf("%-52s %8s %8s %8s  %12s  %9s  %8s%n", "command", "median", "min", "max", "start-up ms", "median",
                "max");
        row(out, "lategate --version (start-up)", startUp, startUp);
        row(out, "sync: a year of one school to an empty hub", sync, startUp);
        row(out, "lategate --version (start-up, beside the report)", reportStartUp, reportStartUp);
        row(out, "report thresholds --all: " + trustSchools + (trustSchools == 1 ? " school" : " schools"),
                thresholds, reportStartUp);
        row(out, "report blocks --all: " + trustSchools + (trustSchools == 1 ? " school" : " schools"),
                whole.blocks(), reportStartUp);
        out.println();
        out.printf("The trust's hub: %d schools, %d summaries, %d marks, %.0f MB. %d synced as kiosks sync, each its "
                        + "own year, in this JVM in %.0f s (median %.1f s a school)%s. The report on %s: %d rows from "
                        + "%d schools.%n", trustSchools, summaries, marks, hubBytes / 1e6, synced,
                loaded.toMillis() / 1000.0, BenchCommand.percentile(java.util.Arrays.copyOf(loads, synced), 50) / 1000,
                trustSchools > synced ? String.format("; %d copied in SQL from them in %.1f s, each under its own id, "
                        + "name and settings ([school] id and name changed), their marks, pupils, amendments and "
                        + "decisions those of the school copied, without its summaries", trustSchools - synced,
                        copied.toMillis() / 1000.0) : "",
                on, rows.values().stream().mapToInt(Integer::intValue).sum(), rows.size());
        out.println("Before each size is timed the hub is vacuumed and analysed (and checkpointed where the role "
                + "may), as autovacuum leaves a hub between a night's deliveries and the lead's morning report.");
        double syncMedian = BenchCommand.percentile(millis(sync), 50);
        double reportMedian = BenchCommand.percentile(millis(thresholds), 50);
        double blocksMedian = BenchCommand.percentile(millis(whole.blocks()), 50);
        out.printf("Goals, wall time start-up included, median: sync of a year under %d ms: %s (%.0f); "
                        + "trust-wide reports over 100 schools under %d ms: thresholds %s (%.0f), blocks %s (%.0f)%s.%n",
                BenchSync.SYNC_GOAL_MILLIS, syncMedian < BenchSync.SYNC_GOAL_MILLIS ? "met" : "NOT met", syncMedian,
                BenchSync.REPORT_GOAL_MILLIS, reportMedian < BenchSync.REPORT_GOAL_MILLIS ? "met" : "NOT met",
                reportMedian, blocksMedian < BenchSync.REPORT_GOAL_MILLIS ? "met" : "NOT met", blocksMedian,
                trustSchools == 100 ? "" : ", over " + trustSchools + " schools here");
        options.figures.add(BenchFigure.against("sync", "a year of one school to an empty hub, median",
                String.format("%.0f ms", syncMedian), "under " + BenchSync.SYNC_GOAL_MILLIS + " ms",
                syncMedian < BenchSync.SYNC_GOAL_MILLIS));
    }

    private static void row(PrintWriter out, String name, BenchReports.Sample[] samples,
                            BenchReports.Sample[] startUp) {
        double[] millis = millis(samples);
        double base = BenchCommand.percentile(millis(startUp), 50);
        double[] cpu = java.util.Arrays.stream(samples).mapToDouble(BenchReports.Sample::cpuSeconds).toArray();
        double[] mb = java.util.Arrays.stream(samples).mapToDouble(BenchReports.Sample::megabytes).toArray();
        out.printf("%-52s %8.0f %8.0f %8.0f  %12s  %9s  %8.0f%n", name, BenchCommand.percentile(millis, 50),
                BenchCommand.percentile(millis, 0), BenchCommand.percentile(millis, 100),
                samples == startUp ? "-" : String.format("%.0f", BenchCommand.percentile(millis, 50) - base),
                Double.isNaN(cpu[0]) ? "-" : String.format("%.2f", BenchCommand.percentile(cpu, 50)),
                BenchCommand.percentile(mb, 100));
    }

    private static double[] millis(BenchReports.Sample[] samples) {
        return java.util.Arrays.stream(samples).mapToDouble(BenchReports.Sample::millis).toArray();
    }
}
