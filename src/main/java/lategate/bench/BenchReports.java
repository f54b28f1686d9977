package lategate.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import lategate.demo.GeneratedYear;
import lategate.domain.lateness.LateCounts;
import lategate.domain.lateness.LatenessBlocks;
import lategate.domain.calendar.SchoolCalendar;
import lategate.wiring.BadInputException;
import lategate.wiring.Progress;

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
                + "of that is reading the settings, and the store's floor beside them (a fresh JVM that opens the "
                + "database as every command does and reads the first scans of the days the blocks report reads, "
                + "nothing else: lategate.store.StoreFloor), to show how much any report of those days must take. "
                + "Peak memory is the child's peak resident set (VmHWM), read by "
                + "/usr/bin/time when it is there, else by polling /proc. One untimed round goes first.",
                "Goals (at 2,000 pupils): each report under 300 ms after start-up, under 200 MB; 'lategate "
                        + "--version' under 300 ms in all and 'config check' under 100 ms after start-up, each also "
                        + "given as a ratio to 'java -version' timed in the same run.",
                "With --cpu-quota and/or --memory, every child JVM ('--version' and 'java -version' too) runs in a "
                        + "control group so limited, as a Raspberry Pi-class stand-in (needs root and a cgroup file "
                        + "system; without them it says so and measures nothing)."},
        footer = {"", "Examples:", "  lategate bench reports", "  lategate bench reports --pupils 2000,4000,8000 --runs 5",
                "  lategate bench reports --cpu-quota 30 --memory 1g"})
final class BenchReports implements Callable<Integer>, BenchFigure.Source {

    private final List<BenchFigure> figures = new ArrayList<>();

    @Override
    public List<BenchFigure> figures() {
        return List.copyOf(figures);
    }

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

    @Option(names = "--years", defaultValue = "1", paramLabel = "N",
            description = "Academic years of marks in each database, the current one last, as retention keeps "
                    + "them; the reports are of the current year (default: ${DEFAULT-VALUE}; 'bench history' "
                    + "compares 1 with N).")
    int years;

    @Option(names = "--keep", paramLabel = "DIR",
            description = "Generate into DIR (one folder per size, with its settings and database) and leave it "
                    + "there, to run the reports on by hand; default a temporary folder, removed at the end.")
    Path keep;

    @Option(names = "--cpu-quota", paramLabel = "PERCENT",
            description = "Run the child JVMs limited to PERCENT%% of one CPU, in a control group.")
    Integer cpuQuota;

    @Option(names = "--launcher", paramLabel = "FILE",
            description = "Also time the same commands through this launcher (bin/lategate of an unpacked "
                    + "distribution; it runs its own lib/lategate.jar), its class-data archives in a new temporary "
                    + "folder so the untimed round makes them; default: the launcher that started this bench, if one "
                    + "did. The goals are for plain 'java -jar'; the launcher's figures are given beside them.")
    Path launcher;

    @Option(names = "--memory", paramLabel = "SIZE",
            description = "Run the child JVMs limited to SIZE of memory (e.g. 1g, 512m), in a control group.")
    String memory;

    @Override
    public Integer call() throws Exception {
        if (cpuQuota == null && memory == null) {
            return measure(null);
        }
        try (BenchCgroup group = BenchCgroup.create(Optional.ofNullable(cpuQuota),
                Optional.ofNullable(memory).map(BenchCgroup::parseSize))) {
            return measure(group);
        }
    }

    /** The run, its children in {@code group} when there is one. */
    private Integer measure(BenchCgroup group) throws Exception {
        for (int n : pupils) {
            if (n < 10 || n > 100_000) {
                throw new BadInputException("--pupils must be from 10 to 100000, not " + n);
            }
        }
        if (years < 1 || years > 12) {
            throw new BadInputException("--years must be from 1 to 12, not " + years);
        }
        if (runs < 1 || runs > 1000) {
            throw new BadInputException("--runs must be from 1 to 1000, not " + runs);
        }
        Path jar = Path.of(BenchReports.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!Files.isRegularFile(jar)) {
            throw new BadInputException("bench reports runs from the packaged jar (java -jar target/lategate.jar)");
        }
        LocalDate today = BenchHost.of(spec).clock().instant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        PrintWriter out = spec.commandLine().getOut();
        if (keep != null && Files.exists(keep) && !Files.isDirectory(keep)) {
            throw new BadInputException("--keep " + keep + " is not a folder");
        }
        Optional<Path> viaLauncher = launcherToTime();
        Path work = Files.createTempDirectory("lategate-bench-reports-");
        try {
            Child child = new Child(jar, work, BenchHost.of(spec).mainClass(), group, viaLauncher);
            List<Figures> all = new ArrayList<>();
            for (int n : pupils) {
                Path folder = (keep != null ? keep : work).resolve(n + "-pupils");
                GeneratedYear.Generated year = GeneratedYear.generateYears(folder, n, seed, today, years).current();
                all.add(measure(child, year));
                if (keep == null) {
                    Files.deleteIfExists(year.database());
                }
            }
            print(out, child, all, group);
            if (keep != null) {
                out.printf("%nThe generated schools are in %s.%n", keep.toAbsolutePath().normalize());
            }
        } finally {
            BenchCommand.removeTree(work);
        }
        return 0;
    }

    /** --launcher, else the launcher this bench was started by (it names itself in a system property). */
    private Optional<Path> launcherToTime() {
        if (launcher != null) {
            if (!Files.isRegularFile(launcher) || !Files.isExecutable(launcher)) {
                throw new BadInputException("--launcher " + launcher + " is not a file that can be run: give the "
                        + "bin/lategate of an unpacked lategate distribution");
            }
            return Optional.of(launcher.toAbsolutePath());
        }
        String started = System.getProperty("lategate.command");
        if (started == null || started.isBlank()) {
            return Optional.empty();
        }
        Path found = Path.of(started);
        if (!found.isAbsolute() && !started.contains("/")) {
            return Optional.empty(); // run from PATH by its bare name: not worth guessing which
        }
        return Files.isRegularFile(found) && Files.isExecutable(found)
                ? Optional.of(found.toAbsolutePath()) : Optional.empty();
    }

    // ---- timing the reports from outside ---------------------------------------------------------

    /** Fresh JVMs running lategate from the jar, timed by wall clock, with their peak resident memory. */
    static final class Child {
        private final List<String> java;
        private final Path work;
        private final boolean gnuTime;
        private final BenchCgroup group;
        private final Optional<Path> launcher;

        Child(Path jar, Path work, String mainClass) {
            this(jar, work, mainClass, null, Optional.empty());
        }

        /** Children that run in {@code group}, or as they are when it is null; also through {@code launcher}. */
        Child(Path jar, Path work, String mainClass, BenchCgroup group, Optional<Path> launcher) {
            this.group = group;
            this.launcher = launcher;
            this.java = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    jar.toString(), mainClass);
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
            List<String> command = new ArrayList<>(java);
            command.addAll(args);
            return timed(command, "lategate " + String.join(" ", args), Map.of());
        }

        /** Runs {@code mainClass ARGS} from the same jar, as {@link #run} runs lategate's own main class. */
        Sample runMain(String mainClass, List<String> args) throws Exception {
            List<String> command = new ArrayList<>(java.subList(0, java.size() - 1));
            command.add(mainClass);
            command.addAll(args);
            return timed(command, "java -cp lategate.jar " + mainClass + " " + String.join(" ", args), Map.of());
        }

        /** Runs the same java with only {@code ARGS} ({@code -version}): the baseline of a start-up. */
        Sample runJava(List<String> args) throws Exception {
            List<String> command = new ArrayList<>(List.of(java.get(0)));
            command.addAll(args);
            return timed(command, "java " + String.join(" ", args), Map.of());
        }

        Optional<Path> launcher() {
            return launcher;
        }

        /**
         * Runs {@code lategate ARGS} through the launcher, its class-data archives in a folder of
         * this run's own: the first run of each command makes its archive, as on a school's machine.
         */
        Sample runLauncher(List<String> args) throws Exception {
            List<String> command = new ArrayList<>(List.of(launcher.orElseThrow().toString()));
            command.addAll(args);
            return timed(command, "lategate " + String.join(" ", args),
                    Map.of("LATEGATE_CDS_DIR", work.resolve("cds").toString()));
        }

        private Sample timed(List<String> java, String what, Map<String, String> environment)
                throws Exception {
            List<String> command = new ArrayList<>();
            Path peak = work.resolve("peak.txt");
            Path err = work.resolve("stderr.txt");
            if (gnuTime) {
                command.addAll(List.of("/usr/bin/time", "-f", "%M %U %S", "-o", peak.toString()));
            }
            command.addAll(java);
            ProcessBuilder builder = new ProcessBuilder(group == null ? command : group.wrap(command))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().putAll(environment);
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
                throw new IllegalStateException(what + " exited " + exit + ": "
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
    record Figures(GeneratedYear.Generated year, double[] javaVersion, double[] startUp, double[] startUpMb,
                   List<String> reportNames, List<double[]> millis, List<double[]> megabytes, Launched launched,
                   Floor floor) {
    }

    /**
     * The floor under the blocks report: a fresh JVM that opens the database and reads the first scans
     * of the two blocks the report compares, and nothing else (StoreFloor); its wall ms and peak MB each run.
     */
    record Floor(LocalDate from, LocalDate to, double[] millis, double[] megabytes) {

        static final String MAIN_CLASS = "lategate.store.StoreFloor";

        /**
         * The days the blocks report's CSV reads for {@code block} (LatenessReports#lateMarks): from the
         * first day of the block before it (of the block itself for block 1) to the block's last school day.
         */
        static Floor of(SchoolCalendar calendar, int block, int runs) {
            LatenessBlocks blocks = new LatenessBlocks(calendar);
            LocalDate lastSchoolDay = null;
            for (LateCounts.Span s : blocks.spans(calendar.yearStarts(), calendar.yearEnds())) {
                for (LocalDate d = s.from(); s.key() == block && !d.isAfter(s.to()); d = d.plusDays(1)) {
                    lastSchoolDay = calendar.isSchoolDay(d) ? d : lastSchoolDay;
                }
            }
            if (lastSchoolDay == null) {
                throw new IllegalStateException("the generated year has no school day in block " + block);
            }
            LocalDate from = null;
            LocalDate to = null;
            for (LateCounts.Span s : blocks.spans(calendar.yearStarts(), lastSchoolDay)) {
                if (s.key() == block || s.key() == block - 1) {
                    from = from == null || s.from().isBefore(from) ? s.from() : from;
                    to = to == null || s.to().isAfter(to) ? s.to() : to;
                }
            }
            return new Floor(from, to, new double[runs], new double[runs]);
        }

        List<String> args(GeneratedYear.Generated year) {
            return List.of(year.database().toString(), from.toString(), to.toString());
        }

        String name(int block) {
            return "store floor: first scans, " + (block == 1 ? "block 1" : "blocks " + (block - 1) + "-" + block);
        }
    }

    /** The same commands through the launcher, when one is timed: its start-up and each command's wall ms. */
    record Launched(double[] startUp, List<double[]> millis) {
    }

    private Figures measure(Child child, GeneratedYear.Generated year) throws Exception {
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

        double[] javaVersion = new double[runs];
        double[] startUp = new double[runs];
        double[] startUpMb = new double[runs];
        List<double[]> millis = reports.stream().map(r -> new double[runs]).toList();
        List<double[]> megabytes = reports.stream().map(r -> new double[runs]).toList();
        boolean launched = child.launcher().isPresent();
        double[] launcherStartUp = new double[runs];
        List<double[]> launcherMillis = reports.stream().map(r -> new double[runs]).toList();
        Floor floor = Floor.of(year.school().calendar(), year.block(), runs);
        Progress progress = Progress.start("timing the reports at " + year.pupils() + " pupils", runs + 1L);
        try {
            // One untimed round: the jar and the database in the page cache, as on a second run, and
            // the launcher's class-data archive of each command made, as its first run on a school's machine does.
            child.run(version);
            for (List<String> report : reports) {
                child.run(report);
                if (launched) {
                    child.runLauncher(report);
                }
            }
            if (launched) {
                child.runLauncher(version);
            }
            child.runMain(Floor.MAIN_CLASS, floor.args(year));
            progress.advance(1);
            for (int r = 0; r < runs; r++) {
                javaVersion[r] = child.runJava(List.of("-version")).millis();
                Sample s = child.run(version);
                startUp[r] = s.millis();
                startUpMb[r] = s.megabytes();
                for (int k = 0; k < reports.size(); k++) {
                    Sample t = child.run(reports.get(k));
                    millis.get(k)[r] = t.millis();
                    megabytes.get(k)[r] = t.megabytes();
                }
                Sample f = child.runMain(Floor.MAIN_CLASS, floor.args(year));
                floor.millis()[r] = f.millis();
                floor.megabytes()[r] = f.megabytes();
                if (launched) {
                    launcherStartUp[r] = child.runLauncher(version).millis();
                    for (int k = 0; k < reports.size(); k++) {
                        launcherMillis.get(k)[r] = child.runLauncher(reports.get(k)).millis();
                    }
                }
                progress.advance(r + 2);
            }
        } finally {
            progress.finish();
        }
        return new Figures(year, javaVersion, startUp, startUpMb, List.of("config check (reads the settings only)",
                "report blocks --block " + year.block(),
                "report thresholds --on " + year.thresholdsOn()), millis, megabytes,
                launched ? new Launched(launcherStartUp, launcherMillis) : null, floor);
    }

    private void print(PrintWriter out, Child child, List<Figures> all, BenchCgroup group)
            throws IOException, InterruptedException {
        List<BenchFigure> startUp = new ArrayList<>();
        for (Figures f : all) {
            startUp.addAll(BenchStartUp.figures(f.year().pupils(), f.javaVersion(), f.startUp(), f.millis().get(0)));
        }
        figures.addAll(startUp);
        GeneratedYear.Generated first = all.get(0).year();
        out.printf("lategate bench reports: seed %d, %d timed run%s of each command after one untimed round%s%n", seed,
                runs, runs == 1 ? "" : "s", years == 1 ? "" : "; " + years + " academic years of marks in each "
                        + "database, the reports of the last");
        if (group != null) {
            out.printf("every child JVM, --version too, in a %s; load average %s%n", group.describe(),
                    BenchSyncRun.loadAverage());
            out.printf("a JVM in the group sees: %s%n", group.javaSees(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        }
        String where = group == null ? "" : " [" + group.label() + "]";
        out.printf("JVM: java -cp lategate.jar lategate.cli.Main … with no JVM options (Java %s, %s, max heap "
                        + "%d MB by default on this machine, %d CPUs); output discarded%n",
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors());
        if (group != null) {
            out.println("(those are outside the group: inside it, Java sizes its heap and CPUs to the group's limits)");
        }
        out.printf("Peak memory: %s. Calendar: the demo school's, %s to %s, %d school days, %d school weeks%n",
                child.memoryMethod(), first.school().calendar().yearStarts(), first.school().calendar().yearEnds(),
                first.schoolDays(), first.school().calendar().schoolWeekCount());
        out.println();
        out.printf("%7s %10s %7s %9s %8s %8s %7s %11s %9s%n", "pupils", "late marks", "of days", "L / U", "repeats",
                "U to M", "persist", "database MB", "made in s");
        for (Figures f : all) {
            GeneratedYear.Generated y = f.year();
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
            out.printf("%7d  %-38s %9.0f %7.0f  %9s %8s  %8s%n", f.year().pupils(), "java -version",
                    BenchCommand.percentile(f.javaVersion(), 50), BenchCommand.percentile(f.javaVersion(), 100), "-",
                    "-", "-");
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
            double[] floorMs = f.floor().millis();
            out.printf("%7d  %-38s %9.0f %7.0f  %9.0f %8.0f  %8.0f%n", f.year().pupils(),
                    f.floor().name(f.year().block()), BenchCommand.percentile(floorMs, 50),
                    BenchCommand.percentile(floorMs, 100), BenchCommand.percentile(floorMs, 50) - base,
                    BenchCommand.percentile(floorMs, 100) - base, BenchCommand.percentile(f.floor().megabytes(), 100));
            if (f.launched() != null) {
                double launcherBase = BenchCommand.percentile(f.launched().startUp(), 50);
                out.printf("%7d  %-38s %9.0f %7.0f  %9s %8s  %8s%n", f.year().pupils(), "launcher: --version",
                        launcherBase, BenchCommand.percentile(f.launched().startUp(), 100), "-", "-", "-");
                for (int k = 0; k < f.reportNames().size(); k++) {
                    double[] ms = f.launched().millis().get(k);
                    out.printf("%7d  %-38s %9.0f %7.0f  %9.0f %8.0f  %8s%n", f.year().pupils(),
                            "launcher: " + f.reportNames().get(k).split(" \\(")[0], BenchCommand.percentile(ms, 50),
                            BenchCommand.percentile(ms, 100), BenchCommand.percentile(ms, 50) - launcherBase,
                            BenchCommand.percentile(ms, 100) - launcherBase, "-");
                }
            }
        }
        out.printf("(store floor: java -cp lategate.jar %s DB FROM TO opens the database as every command does and "
                + "reads the first scans of the days the blocks report reads, nothing else: no settings, no "
                + "resolution, only a count printed; no report of those days can take less)%n", Floor.MAIN_CLASS);
        if (child.launcher().isPresent()) {
            out.printf("(launcher: %s, its class-data archives made by the untimed round; after start-up is less the "
                    + "launcher's own --version)%n", child.launcher().get());
        }
        out.println();
        out.println("Start-up (medians):");
        for (BenchFigure f : startUp) {
            out.printf("  %s: %s%s%n", f.measure(), f.value(), f.goal().isEmpty() ? ""
                    : ", goal " + f.goal() + f.met().map(m -> m ? ": met" : ": NOT met").orElse(""));
        }
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
                figures.add(BenchFigure.against("reports" + where, f.reportNames().get(k).split(" ")[1] + ", "
                        + f.year().pupils() + " pupils, after start-up (median; peak)",
                        String.format("%.0f ms; %.0f MB", median, mb), "under " + GOAL_MILLIS + " ms, " + GOAL_MEGABYTES
                                + " MB", median < GOAL_MILLIS && mb < GOAL_MEGABYTES));
            }
            double floorAfter = BenchCommand.percentile(f.floor().millis(), 50) - base;
            figures.add(BenchFigure.of("reports" + where, "store floor under blocks (open, read its first scans), "
                    + f.year().pupils() + " pupils, after start-up (median)", String.format("%.0f ms", floorAfter)));
            if (f.launched() != null) {
                double launcherBase = BenchCommand.percentile(f.launched().startUp(), 50);
                double java = BenchCommand.percentile(f.javaVersion(), 50);
                figures.add(BenchFigure.of("reports" + where, "launcher: --version, median",
                        String.format("%.0f ms (%.1fx java -version)", launcherBase, launcherBase / java)));
                for (int k = 0; k < f.reportNames().size(); k++) {
                    double after = BenchCommand.percentile(f.launched().millis().get(k), 50) - launcherBase;
                    figures.add(BenchFigure.of("reports" + where, "launcher: " + f.reportNames().get(k).split(" ")[0]
                            + " " + f.reportNames().get(k).split(" ")[1] + ", after its start-up (median)",
                            String.format("%.0f ms", after)));
                }
            }
        }
    }
}
