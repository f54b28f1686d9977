package lategate.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lategate.app.NewArrival;
import lategate.app.ReasonGiven;
import lategate.app.Recording;
import lategate.demo.DemoSchool;
import lategate.domain.audit.Amendment;
import lategate.domain.audit.StaffIdentity;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.lateness.Block;
import lategate.domain.pupil.Characteristics;
import lategate.domain.pupil.Pupil;
import lategate.domain.register.Classification;
import lategate.domain.register.Mark;
import lategate.domain.register.Register;
import lategate.domain.register.RegisterWindow;
import lategate.domain.school.LateReason;
import lategate.domain.school.School;
import lategate.settings.SchoolSettings;
import lategate.store.Database;
import lategate.store.SqliteAmendments;
import lategate.store.SqlitePupils;
import lategate.store.SqliteRegisterLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code lategate bench reports}: a generated year of lateness, then the attendance
 * lead's two reports timed as a user runs them, each in a fresh JVM, from outside.
 */
@Command(name = "reports", mixinStandardHelpOptions = true,
        description = {"Generate a school year of lateness on a real database (the demo school's calendar, "
                + "moved back whole weeks so the year is over; about 5%% of pupil-days late, about 75%% L and 25%% U, "
                + "a few persistent latecomers, reasons, repeat scans and U amended to M; seeded), then time "
                + "'report blocks' for one block and 'report thresholds' on the last school day, each in a fresh "
                + "JVM started as 'java -cp lategate.jar lategate.cli.Main report … --csv' with NO JVM options "
                + "(the JVM's own defaults, as 'java -jar' gives a user) and the output discarded. Start-up is "
                + "'lategate --version' timed the same way in the same run; \"after start-up\" is a report's time "
                + "less the median start-up; 'config check' of the same settings is timed beside them, to show how much "
                + "of that is reading the settings. Peak memory is the child's peak resident set (VmHWM), read by "
                + "/usr/bin/time when it is there, else by polling /proc. One untimed round goes first.",
                "Goals (at 2,000 pupils): each report under 300 ms after start-up, under 200 MB."},
        footer = {"", "Examples:", "  lategate bench reports", "  lategate bench reports --pupils 2000,4000,8000 --runs 5"})
final class BenchReports implements Callable<Integer>, BenchFigure.Source {

    private final List<BenchFigure> figures = new ArrayList<>();

    @Override
    public List<BenchFigure> figures() {
        return List.copyOf(figures);
    }

    /** Of all pupil-days, the share late; of late marks, the share U; of a persistent latecomer's, U. */
    static final double LATE_SHARE = 0.05;
    static final double U_SHARE = 0.25;
    static final double PERSISTENT_U_SHARE = 0.6;
    static final int GOAL_MILLIS = 300;
    static final int GOAL_MEGABYTES = 200;

    @Spec
    CommandSpec spec;

    @Option(names = "--pupils", split = ",", defaultValue = "2000", paramLabel = "N",
            description = "Pupils on roll; several, separated by commas, print how the figures grow "
                    + "(default: ${DEFAULT-VALUE}).")
    List<Integer> pupils;

    @Option(names = "--seed", defaultValue = "2026", paramLabel = "S",
            description = "Seed of the generated year (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--runs", defaultValue = "5", paramLabel = "R",
            description = "Timed runs of each command per school size (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--keep", paramLabel = "DIR",
            description = "Generate into DIR (one folder per size, with its settings and database) and leave it "
                    + "there, to run the reports on by hand; default a temporary folder, removed at the end.")
    Path keep;

    @Override
    public Integer call() throws Exception {
        for (int n : pupils) {
            if (n < 10 || n > 100_000) {
                throw new BadInputException("--pupils must be from 10 to 100000, not " + n);
            }
        }
        if (runs < 1 || runs > 1000) {
            throw new BadInputException("--runs must be from 1 to 1000, not " + runs);
        }
        Path jar = Path.of(BenchReports.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!Files.isRegularFile(jar)) {
            throw new BadInputException("bench reports runs from the packaged jar (java -jar target/lategate.jar)");
        }
        LocalDate today = Main.clockOf(spec).instant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        PrintWriter out = spec.commandLine().getOut();
        if (keep != null && Files.exists(keep) && !Files.isDirectory(keep)) {
            throw new BadInputException("--keep " + keep + " is not a folder");
        }
        Path work = Files.createTempDirectory("lategate-bench-reports-");
        try {
            Child child = new Child(jar, work);
            List<Figures> all = new ArrayList<>();
            for (int n : pupils) {
                Path folder = (keep != null ? keep : work).resolve(n + "-pupils");
                Generated year = generate(folder, n, seed, today);
                all.add(measure(child, year));
                if (keep == null) {
                    Files.deleteIfExists(year.database());
                }
            }
            print(out, child, all);
            if (keep != null) {
                out.printf("%nThe generated schools are in %s.%n", keep.toAbsolutePath().normalize());
            }
        } finally {
            BenchCommand.removeTree(work);
        }
        return 0;
    }

    // ---- the generated year -------------------------------------------------------------------

    /**
     * A generated school: where its settings and database are, and what went into them.
     *
     * @param lateMarks marks that were L or U when made (one per late pupil-day)
     * @param block the block {@code report blocks} is timed on: the last whole block with one before it
     * @param thresholdsOn the day {@code report thresholds} looks back from: the year's last school day
     */
    record Generated(Path settings, Path database, School school, int pupils, int schoolDays, int lateMarks,
                     int lateL, int lateU, int repeats, int amendedToM, int persistentLatecomers, int block,
                     LocalDate thresholdsOn, long databaseBytes, Duration took) {

        double lateShare() {
            return lateMarks / (double) ((long) pupils * schoolDays);
        }
    }

    /**
     * Writes the settings and a database for {@code pupils} pupils with a year of late arrivals.
     * The demo school's calendar is moved back whole weeks (weekdays and half terms stay where they
     * are) until the year ended before {@code today}, since 'report blocks' refuses a block that has
     * not started.
     */
    static Generated generate(Path folder, int pupils, long seed, LocalDate today) throws Exception {
        return generate(folder, pupils, seed, today, "demo", "Demo Primary School");
    }

    /**
     * The same for a school of another id and name (the demo school's settings otherwise), in
     * {@code ID.toml} and {@code ID.db}: the schools of a trust for 'bench sync'.
     */
    static Generated generate(Path folder, int pupils, long seed, LocalDate today, String schoolId, String schoolName)
            throws Exception {
        long started = System.nanoTime();
        Files.createDirectories(folder);
        Path settingsFile = folder.resolve(schoolId + ".toml");
        School school = writeSettings(settingsFile, today, schoolId, schoolName);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = school.calendar().yearStarts(); !d.isAfter(school.calendar().yearEnds()); d = d.plusDays(1)) {
            if (school.calendar().isSchoolDay(d)) {
                days.add(d);
            }
        }
        Random random = new Random(seed);
        List<Pupil> roster = roster(pupils, random);
        double[] lateRate = new double[pupils];
        double[] uShare = new double[pupils];
        int persistent = latenessRates(random, lateRate, uShare);

        Path dbFile = folder.resolve(schoolId + ".db");
        Files.deleteIfExists(dbFile);
        int lateL = 0;
        int lateU = 0;
        int repeats = 0;
        List<Amendment> amendments = new ArrayList<>();
        StaffIdentity office = new StaffIdentity("Pat Reed", "Receptionist");
        Progress progress = Progress.start("generating a year for " + pupils + " pupils", days.size());
        try (Database database = Database.create(dbFile)) {
            database.belongsTo(school.id());
            Instant yearStart = school.calendar().yearStarts().atStartOfDay(school.zone()).toInstant();
            new SqlitePupils(database).importRoster(roster, school.calendar().yearStarts(), yearStart,
                    "bench-roster.csv", "-");
            SqliteRegisterLog log = new SqliteRegisterLog(database, school.zone());
            for (int d = 0; d < days.size(); d++) {
                LocalDate day = days.get(d);
                double dayFactor = dayFactor(day.getDayOfWeek());
                List<NewArrival> arrivals = new ArrayList<>();
                for (int i = 0; i < pupils; i++) {
                    if (random.nextDouble() >= lateRate[i] * dayFactor) {
                        continue;
                    }
                    boolean u = random.nextDouble() < uShare[i];
                    Register register = random.nextDouble() < 0.92 ? Register.AM : Register.PM;
                    Instant at = arrivalTime(school, day, register, u, random);
                    Classification c = school.registerRules().classify(at);
                    if (!c.mark().isLate()) {
                        throw new IllegalStateException("a generated late arrival was not late: " + c.explanation());
                    }
                    Optional<ReasonGiven> reason = reason(school, random).map(ReasonGiven::byPupil);
                    arrivals.add(new NewArrival(roster.get(i), c, "gate", "pupil (badge scan)", at,
                            school.consequenceOf(c.mark(), register), reason));
                    if (c.mark() == Mark.U && reason.isPresent() && reason.get().reason().authorises().isPresent()
                            && random.nextDouble() < 0.6) {
                        amendments.add(new Amendment(roster.get(i).id(), day, register, AttendanceCode.U,
                                reason.get().reason().authorises().get(), Optional.empty(),
                                "claimed reason confirmed", Optional.of("appointment card seen"),
                                at.plus(40, ChronoUnit.MINUTES), office, Optional.empty()));
                    }
                    if (random.nextDouble() < 0.03) {
                        // A second scan a minute or two later, at the other kiosk: kept as a repeat.
                        Instant again = at.plusSeconds(30 + random.nextInt(150));
                        Classification repeat = school.registerRules().classify(again);
                        if (repeat.register().equals(c.register())) {
                            arrivals.add(new NewArrival(roster.get(i), repeat, "reception", "pupil (badge scan)",
                                    again, Optional.empty(), Optional.empty()));
                        }
                    }
                }
                arrivals.sort(Comparator.comparing(a -> a.classification().arrivedAt().toInstant()));
                for (Recording r : log.recordAll(arrivals)) {
                    if (r instanceof Recording.Repeat) {
                        repeats++;
                    } else if (r.arrival().mark() == Mark.L) {
                        lateL++;
                    } else {
                        lateU++;
                    }
                }
                progress.advance(d + 1);
            }
            new SqliteAmendments(database).record(amendments);
        } finally {
            progress.finish();
        }
        int blocks = (school.calendar().schoolWeekCount() + Block.WEEKS - 1) / Block.WEEKS;
        int block = school.calendar().schoolWeekCount() % Block.WEEKS == 0 ? blocks : blocks - 1;
        return new Generated(settingsFile, dbFile, school, pupils, days.size(), lateL + lateU, lateL, lateU, repeats,
                amendments.size(), persistent, Math.max(1, block), days.get(days.size() - 1), Files.size(dbFile),
                Duration.ofNanos(System.nanoTime() - started));
    }

    private static final Pattern DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");

    private static School writeSettings(Path file, LocalDate today, String schoolId, String schoolName)
            throws Exception {
        String demo;
        try (InputStream in = DemoSchool.class.getResourceAsStream(DemoSchool.SETTINGS)) {
            if (in == null) {
                throw new IllegalStateException("the demo settings are missing from the jar");
            }
            demo = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        demo = demo.replaceFirst("(?m)^id = \"demo\"$", "id = \"" + schoolId + "\"")
                .replaceFirst("(?m)^name = \"Demo Primary School\"$", "name = \"" + schoolName + "\"");
        Files.writeString(file, demo, StandardCharsets.UTF_8);
        LocalDate ends = SchoolSettings.load(file).calendar().yearEnds();
        long weeks = 0;
        while (!ends.minusWeeks(weeks).isBefore(today)) {
            weeks += 52;
        }
        long back = weeks;
        Matcher m = DATE.matcher(demo);
        StringBuilder moved = new StringBuilder("# Written by 'lategate bench reports': the demo school's settings, "
                + "every date moved back " + back + " weeks.\n");
        while (m.find()) {
            m.appendReplacement(moved, LocalDate.parse(m.group(1)).minusWeeks(back).toString());
        }
        m.appendTail(moved);
        Files.writeString(file, moved.toString(), StandardCharsets.UTF_8);
        return SchoolSettings.load(file);
    }

    private static final String[] GIVEN = {"Amelia", "Oliver", "Zoë", "Muhammad", "Siobhán", "Noah", "Isla", "Leo",
            "Ava", "Arthur", "Freya", "Oscar", "Chloé", "Kacper", "Aisha", "Dylan", "Maja", "Ibrahim", "Nia", "Theo"};
    private static final String[] FAMILY = {"Jones", "O'Neill", "Nguyễn", "Smith", "Khan", "Williams", "Kowalski",
            "Brown", "Patel", "Taylor", "Ahmed", "Davies", "Ó Briain", "Evans", "Wilson", "Okafor", "Thomas"};

    /** A secondary-sized roll: years 7 to 11, classes of about 30 (7A, 7B, …). */
    private static List<Pupil> roster(int pupils, Random random) {
        List<Pupil> roster = new ArrayList<>(pupils);
        for (int i = 0; i < pupils; i++) {
            String year = Integer.toString(7 + i % 5);
            String className = year + (char) ('A' + (i / 5) % Math.max(1, Math.min(20, pupils / 150)));
            roster.add(new Pupil(String.format("P%05d", i + 1), GIVEN[i % GIVEN.length],
                    FAMILY[(i / GIVEN.length + 3 * i) % FAMILY.length], year, className,
                    String.format("BENCH%06d", i + 1),
                    new Characteristics(random.nextInt(100) < 12, random.nextInt(100) < 25, random.nextInt(100) < 20,
                            random.nextInt(100) < 2, random.nextInt(100) < 15), Optional.empty()));
        }
        return roster;
    }

    /**
     * Each pupil's chance of being late on a day, and how many of their late marks are U. A few
     * persistent latecomers (1 in 100, at least 2) are late a quarter to nearly half of their
     * days, mostly U, so the penalty notice threshold has people at it; everyone else shares
     * the rest of the 5%, unevenly (exponentially).
     *
     * @return how many persistent latecomers there are
     */
    private static int latenessRates(Random random, double[] lateRate, double[] uShare) {
        int pupils = lateRate.length;
        int persistent = Math.max(2, pupils / 100);
        boolean[] chosen = new boolean[pupils];
        double persistentSum = 0;
        for (int k = 0; k < persistent; k++) {
            int i;
            do {
                i = random.nextInt(pupils);
            } while (chosen[i]);
            chosen[i] = true;
            lateRate[i] = 0.25 + 0.2 * random.nextDouble();
            uShare[i] = PERSISTENT_U_SHARE;
            persistentSum += lateRate[i];
        }
        double[] weight = new double[pupils];
        double weights = 0;
        for (int i = 0; i < pupils; i++) {
            if (!chosen[i]) {
                weight[i] = -Math.log(1 - random.nextDouble());
                weights += weight[i];
            }
        }
        double rest = Math.max(0, LATE_SHARE * pupils - persistentSum);
        double scale = rest / weights;
        // Everyone else's U share makes about a quarter of all late marks U, however many of them
        // the persistent latecomers make (a small school still has two of them).
        double restU = rest == 0 ? 0 : Math.max(0.05, Math.min(0.6,
                (U_SHARE * LATE_SHARE * pupils - PERSISTENT_U_SHARE * persistentSum) / rest));
        for (int i = 0; i < pupils; i++) {
            if (!chosen[i]) {
                lateRate[i] = Math.min(0.5, weight[i] * scale);
                uShare[i] = restU;
            }
        }
        return persistent;
    }

    /** More pupils are late on Mondays and Fridays; the five average 1. */
    private static double dayFactor(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> 1.15;
            case FRIDAY -> 1.05;
            case WEDNESDAY -> 0.9;
            default -> 0.95;
        };
    }

    /**
     * A time in the register's L window (mostly a few minutes after it is taken) or after it
     * closes (mostly within the hour), to the second.
     */
    static Instant arrivalTime(School school, LocalDate day, Register register, boolean u, Random random) {
        RegisterWindow window = register == Register.AM ? school.timetable().morning() : school.timetable().afternoon();
        LocalTime latest = register == Register.AM ? school.timetable().afternoon().taken()
                : school.timetable().dayEnds();
        long seconds;
        LocalTime from;
        long room;
        LocalTime closes = window.closes().plus(school.timetable().graceAfterClose());
        if (u) {
            from = closes;
            room = Duration.between(from, latest).toSeconds();
            seconds = (long) (-Math.log(1 - random.nextDouble()) * 25 * 60);
        } else {
            from = window.taken();
            room = Duration.between(from, closes).toSeconds();
            seconds = (long) (-Math.log(1 - random.nextDouble()) * 7 * 60);
        }
        return day.atTime(from.plusSeconds(Math.min(seconds, room - 1))).atZone(school.zone()).toInstant();
    }

    /** Most late pupils give a reason; some walk off without one. */
    static Optional<LateReason> reason(School school, Random random) {
        int r = random.nextInt(100);
        String key = r < 28 ? "transport" : r < 48 ? "overslept" : r < 58 ? "medical" : r < 72 ? "family"
                : r < 80 ? "other" : null;
        return key == null ? Optional.empty() : school.reason(key);
    }

    // ---- timing the reports from outside ---------------------------------------------------------

    /** Fresh JVMs running lategate from the jar, timed by wall clock, with their peak resident memory. */
    static final class Child {
        private final List<String> java;
        private final Path work;
        private final boolean gnuTime;

        Child(Path jar, Path work) {
            this.java = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    jar.toString(), Main.class.getName());
            this.work = work;
            this.gnuTime = Files.isExecutable(Path.of("/usr/bin/time")) && gnuTimeWorks();
        }

        private static boolean gnuTimeWorks() {
            try {
                Process p = new ProcessBuilder("/usr/bin/time", "-f", "%M %U %S", "true").redirectErrorStream(true)
                        .start();
                String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                return p.waitFor() == 0 && text.matches("\\d+ [0-9.]+ [0-9.]+");
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        String memoryMethod() {
            return gnuTime ? "/usr/bin/time (the child's peak RSS)" : "VmHWM polled every 2 ms in /proc";
        }

        /** Runs {@code lategate ARGS} to its end, output discarded; fails unless it exits 0. */
        Sample run(List<String> args) throws Exception {
            List<String> command = new ArrayList<>();
            Path peak = work.resolve("peak.txt");
            Path err = work.resolve("stderr.txt");
            if (gnuTime) {
                command.addAll(List.of("/usr/bin/time", "-f", "%M %U %S", "-o", peak.toString()));
            }
            command.addAll(java);
            command.addAll(args);
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            long start = System.nanoTime();
            Process p = builder.start();
            long kilobytes = 0;
            if (!gnuTime) {
                Path status = Path.of("/proc", Long.toString(p.pid()), "status");
                while (p.isAlive()) {
                    kilobytes = Math.max(kilobytes, highWaterMark(status));
                    Thread.sleep(2);
                }
            }
            int exit = p.waitFor();
            double millis = (System.nanoTime() - start) / 1e6;
            if (exit != 0) {
                throw new IllegalStateException("lategate " + String.join(" ", args) + " exited " + exit + ": "
                        + Files.readString(err, StandardCharsets.UTF_8).strip());
            }
            double cpu = Double.NaN;
            if (gnuTime) {
                List<String> lines = Files.readAllLines(peak);
                String[] figures = lines.get(lines.size() - 1).strip().split(" ");
                kilobytes = Long.parseLong(figures[0]);
                cpu = Double.parseDouble(figures[1]) + Double.parseDouble(figures[2]);
            }
            return new Sample(millis, kilobytes / 1024.0, cpu);
        }

        private static long highWaterMark(Path status) {
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmHWM:")) {
                        return Long.parseLong(line.replaceAll("\\D", ""));
                    }
                }
            } catch (IOException | RuntimeException gone) {
                // the child ended between isAlive and the read
            }
            return 0;
        }
    }

    /** A child's wall time, peak resident memory, and CPU time (user and system; NaN without /usr/bin/time). */
    record Sample(double millis, double megabytes, double cpuSeconds) {
    }

    /** One school size's figures: start-up, and each report's samples. */
    record Figures(Generated year, double[] startUp, double[] startUpMb, List<String> reportNames,
                   List<double[]> millis, List<double[]> megabytes) {
    }

    private Figures measure(Child child, Generated year) throws Exception {
        List<String> school = List.of("--school", year.settings().toString(), "--db", year.database().toString());
        List<String> blocks = new ArrayList<>(List.of("report", "blocks"));
        blocks.addAll(school);
        blocks.addAll(List.of("--block", Integer.toString(year.block()), "--csv"));
        List<String> thresholds = new ArrayList<>(List.of("report", "thresholds"));
        thresholds.addAll(school);
        thresholds.addAll(List.of("--on", year.thresholdsOn().toString(), "--csv"));
        // Not a report: the settings alone, to show how much of a report's time is reading them.
        List<String> settingsOnly = List.of("config", "check", year.settings().toString());
        List<List<String>> reports = List.of(settingsOnly, blocks, thresholds);
        List<String> version = List.of("--version");

        double[] startUp = new double[runs];
        double[] startUpMb = new double[runs];
        List<double[]> millis = reports.stream().map(r -> new double[runs]).toList();
        List<double[]> megabytes = reports.stream().map(r -> new double[runs]).toList();
        Progress progress = Progress.start("timing the reports at " + year.pupils() + " pupils", runs + 1L);
        try {
            // One untimed round: the jar and the database in the page cache, as on a second run.
            child.run(version);
            for (List<String> report : reports) {
                child.run(report);
            }
            progress.advance(1);
            for (int r = 0; r < runs; r++) {
                Sample s = child.run(version);
                startUp[r] = s.millis();
                startUpMb[r] = s.megabytes();
                for (int k = 0; k < reports.size(); k++) {
                    Sample t = child.run(reports.get(k));
                    millis.get(k)[r] = t.millis();
                    megabytes.get(k)[r] = t.megabytes();
                }
                progress.advance(r + 2);
            }
        } finally {
            progress.finish();
        }
        return new Figures(year, startUp, startUpMb, List.of("config check (reads the settings only)",
                "report blocks --block " + year.block(),
                "report thresholds --on " + year.thresholdsOn()), millis, megabytes);
    }

    private void print(PrintWriter out, Child child, List<Figures> all) {
        Generated first = all.get(0).year();
        out.printf("lategate bench reports: seed %d, %d timed run%s of each command after one untimed round%n", seed,
                runs, runs == 1 ? "" : "s");
        out.printf("JVM: java -cp lategate.jar lategate.cli.Main … with no JVM options (Java %s, %s, max heap "
                        + "%d MB by default on this machine, %d CPUs); output discarded%n",
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors());
        out.printf("Peak memory: %s. Calendar: the demo school's, %s to %s, %d school days, %d school weeks%n",
                child.memoryMethod(), first.school().calendar().yearStarts(), first.school().calendar().yearEnds(),
                first.schoolDays(), first.school().calendar().schoolWeekCount());
        out.println();
        out.printf("%7s %10s %7s %9s %8s %8s %7s %11s %9s%n", "pupils", "late marks", "of days", "L / U", "repeats",
                "U to M", "persist", "database MB", "made in s");
        for (Figures f : all) {
            Generated y = f.year();
            out.printf("%7d %10d %6.2f%% %4.0f/%-4.0f %8d %8d %7d %11.1f %9.1f%n", y.pupils(), y.lateMarks(),
                    100 * y.lateShare(), 100.0 * y.lateL() / y.lateMarks(), 100.0 * y.lateU() / y.lateMarks(),
                    y.repeats(), y.amendedToM(), y.persistentLatecomers(), y.databaseBytes() / 1e6,
                    y.took().toMillis() / 1000.0);
        }
        out.println();
        out.printf("%7s  %-38s %9s %7s  %18s  %8s%n", "", "", "wall ms", "", "after start-up ms", "peak MB");
        out.printf("%7s  %-38s %9s %7s  %9s %8s  %8s%n", "pupils", "command", "median", "max", "median", "max", "max");
        for (Figures f : all) {
            double base = BenchCommand.percentile(f.startUp(), 50);
            out.printf("%7d  %-38s %9.0f %7.0f  %9s %8s  %8.0f%n", f.year().pupils(), "lategate --version (start-up)",
                    base, BenchCommand.percentile(f.startUp(), 100), "-", "-",
                    BenchCommand.percentile(f.startUpMb(), 100));
            for (int k = 0; k < f.reportNames().size(); k++) {
                double[] ms = f.millis().get(k);
                out.printf("%7d  %-38s %9.0f %7.0f  %9.0f %8.0f  %8.0f%n", f.year().pupils(), f.reportNames().get(k),
                        BenchCommand.percentile(ms, 50), BenchCommand.percentile(ms, 100),
                        BenchCommand.percentile(ms, 50) - base, BenchCommand.percentile(ms, 100) - base,
                        BenchCommand.percentile(f.megabytes().get(k), 100));
            }
        }
        out.println();
        out.printf("Goals (at 2,000 pupils): under %d ms after start-up, under %d MB.%n", GOAL_MILLIS,
                GOAL_MEGABYTES);
        for (Figures f : all) {
            double base = BenchCommand.percentile(f.startUp(), 50);
            List<String> verdicts = new ArrayList<>();
            for (int k = 1; k < f.reportNames().size(); k++) {
                double after = BenchCommand.percentile(f.millis().get(k), 100) - base;
                double mb = BenchCommand.percentile(f.megabytes().get(k), 100);
                verdicts.add(f.reportNames().get(k).split(" ")[1] + " "
                        + (after < GOAL_MILLIS && mb < GOAL_MEGABYTES ? "met" : "NOT met"));
            }
            out.printf("  %d pupils (worst run): %s%n", f.year().pupils(), String.join(", ", verdicts));
            for (int k = 1; k < f.reportNames().size(); k++) {
                double median = BenchCommand.percentile(f.millis().get(k), 50) - base;
                double mb = BenchCommand.percentile(f.megabytes().get(k), 100);
                figures.add(BenchFigure.against("reports", f.reportNames().get(k).split(" ")[1] + ", "
                        + f.year().pupils() + " pupils, after start-up (median; peak)",
                        String.format("%.0f ms; %.0f MB", median, mb), "under " + GOAL_MILLIS + " ms, " + GOAL_MEGABYTES
                                + " MB", median < GOAL_MILLIS && mb < GOAL_MEGABYTES));
            }
        }
    }
}
