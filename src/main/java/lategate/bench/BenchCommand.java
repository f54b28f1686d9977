package lategate.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import lategate.app.SignIn;
import lategate.app.SignInOutcome;
import lategate.domain.pupil.Characteristics;
import lategate.domain.pupil.Pupil;
import lategate.domain.school.School;
import lategate.store.Database;
import lategate.store.SqlitePupils;
import lategate.store.SqliteRegisterLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import lategate.demo.DemoSetup;
import lategate.wiring.BadInputException;
import lategate.wiring.Progress;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure lategate on this machine, on generated data in a temporary folder. Without a "
                + "command, runs every benchmark below in turn (sync only with --hub) and ends with one table of "
                + "the figures against their goals, each beside its baseline (the disk's raw fsync, 'java -version', "
                + "the one-year figure). The kiosk runs twice: plainly, then in a control group (--cpu-quota, "
                + "--memory) as a Raspberry Pi-class stand-in.",
                "Each benchmark can also be run alone, with more options."},
        subcommands = {BenchCommand.Store.class, BenchCommand.Kiosk.class, BenchReports.class, BenchSync.class,
                BenchBadges.class, BenchHistory.class},
        footer = {"", "Examples:", "  lategate bench store --count 10000", "  lategate bench kiosk",
                "  lategate bench reports --pupils 2000,4000,8000",
                "  lategate bench sync --hub postgresql://postgres@localhost:5432/postgres",
                "  lategate bench badges", "  lategate bench history --years 6", "  lategate bench --quick"})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--quick", description = "Smaller runs: a table in a few minutes, rougher figures.")
    boolean quick;

    /** The least each benchmark can run: for the test that keeps this command working, not for figures. */
    @Option(names = "--smoke", hidden = true)
    boolean smoke;

    @Option(names = "--hub", paramLabel = "URL",
            description = "A scratch PostgreSQL server for the sync benchmark (see 'bench sync --help'); without it "
                    + "sync is left out.")
    String hub;

    @Option(names = "--hub-password-file", paramLabel = "FILE",
            description = "The --hub role's password, first line; default LATEGATE_HUB_PASSWORD.")
    Path hubPasswordFile;

    @Option(names = "--cpu-quota", defaultValue = "30", paramLabel = "PERCENT",
            description = "The kiosk is measured a second time with its JVMs limited to PERCENT%% of one CPU and "
                    + "--memory, in a control group, as a Raspberry Pi-class stand-in (default: ${DEFAULT-VALUE}; "
                    + "needs root and a cgroup file system, else that run is left out and the table says why).")
    int cpuQuota;

    @Option(names = "--memory", defaultValue = "1g", paramLabel = "SIZE",
            description = "The control group's memory limit (default: ${DEFAULT-VALUE}).")
    String memory;

    @Option(names = "--no-control-group", description = "Leave out the kiosk's run in a control group.")
    boolean noControlGroup;

    @Override
    public Integer call() throws Exception {
        // Read before running the others: picocli resets this command's options when a subcommand runs.
        boolean small = quick || smoke;
        boolean least = smoke;
        String server = hub;
        Path password = hubPasswordFile;
        String quota = Integer.toString(cpuQuota);
        String limit = memory;
        boolean inGroup = !noControlGroup;
        PrintWriter out = spec.commandLine().getOut();
        List<BenchFigure> figures = new ArrayList<>();
        String scans = least ? "100" : small ? "200" : "1000";
        String starts = least ? "1" : small ? "2" : "5";
        boolean allRan = run(out, figures, "store", "--count", least ? "100" : small ? "1000" : "5000")
                & run(out, figures, "kiosk", "--scans", scans, "--starts", starts);
        // The weakest kiosk a school runs is held to its own goals (docs/install-kiosk.md): measured where
        // this machine can limit a child, and named as left out, with the reason, where it cannot.
        Optional<String> noGroup = inGroup ? BenchCgroup.whyNot(Optional.of(cpuQuota),
                Optional.of(BenchCgroup.parseSize(limit))) : Optional.of("--no-control-group");
        if (noGroup.isPresent()) {
            figures.add(BenchFigure.of("kiosk [" + quota + "% CPU, " + limit + "]", "left out", noGroup.get()));
        } else {
            allRan &= run(out, figures, "kiosk", "--scans", scans, "--starts", starts, "--cpu-quota", quota,
                    "--memory", limit);
        }
        allRan = allRan
                & run(out, figures, "reports", "--pupils", least ? "10" : "2000", "--runs", least ? "1" : small ? "2" : "5")
                & run(out, figures, "badges", "--codes", least ? "100" : small ? "2000" : "10000", "--pupils",
                        least ? "10" : small ? "500" : "2000")
                & run(out, figures, "history", "--years", least ? "2" : "6", "--pupils", least ? "20" : small ? "500"
                        : "2000", "--scans", least ? "100" : small ? "500" : "2000", "--runs", least ? "1" : small ? "2" : "3");
        if (server == null) {
            figures.add(BenchFigure.of("sync", "left out", "needs --hub"));
        } else {
            List<String> args = new ArrayList<>(List.of("--hub", server, "--runs", small ? "2" : "3"));
            // The trust-wide goals are set at 100 schools of 1,000 pupils (docs/hub.md).
            args.addAll(least ? List.of("--schools", "2", "--pupils", "20")
                    : small ? List.of("--schools", "5", "--pupils", "500") : List.of("--schools", "100", "--pupils", "1000"));
            if (password != null) {
                args.addAll(List.of("--hub-password-file", password.toString()));
            }
            allRan &= run(out, figures, "sync", args.toArray(String[]::new));
        }
        out.println();
        out.println("lategate bench: every benchmark" + (small ? " (--quick: smaller runs)" : "") + ", load average "
                + BenchSyncRun.loadAverage() + " at the end");
        BenchFigure.table(out, figures);
        out.flush();
        return allRan ? 0 : 1;
    }

    /** Runs one benchmark as if alone, its own report printed first; false if it failed. */
    private boolean run(PrintWriter out, List<BenchFigure> figures, String name, String... args) {
        picocli.CommandLine bench = spec.commandLine().getSubcommands().get(name);
        bench.setOut(out);
        bench.setErr(spec.commandLine().getErr());
        out.println();
        out.flush();
        int exit = bench.execute(args);
        if (exit != 0) {
            figures.add(BenchFigure.of(name, "failed", "exit " + exit + " (see above)"));
            return false;
        }
        figures.addAll(((BenchFigure.Source) bench.getCommand()).figures());
        return true;
    }

    /**
     * The JVM options the kiosk is meant to run with (kiosk/lategate-kiosk.service): a small heap, the
     * serial collector, the C1 compiler only, and C1 compiling a method only once it is clearly hot, so
     * fewer compilations compete with drawing the idle screen on a slow CPU (docs/install-kiosk.md).
     */
    static final List<String> KIOSK_JVM = List.of("-XX:+UseSerialGC", "-Xmx128m", "-XX:TieredStopAtLevel=1",
            "-XX:Tier3InvocationThreshold=1000", "-XX:Tier3MinInvocationThreshold=500",
            "-XX:Tier3CompileThreshold=10000", "-XX:Tier3BackEdgeThreshold=300000");

    @Command(name = "kiosk", mixinStandardHelpOptions = true,
            description = {"Start the kiosk in fresh JVMs (with the kiosk service's Java options, printed with the "
                    + "figures) on the demo school and measure: cold start to the idle screen drawn, beside 'java -version' "
                    + "in the same run; scan to confirmation drawn, p50 and p99 over --scans scans; resident memory "
                    + "after them (VmRSS, and the peak VmHWM).", "Goals: start under 1 s, p99 under 20 ms, memory under 150 MB.",
                    "With --cpu-quota and/or --memory, every child JVM ('java -version' too) runs in a control group "
                            + "so limited, as a Raspberry Pi-class stand-in (needs root and a cgroup file system; "
                            + "without them it says so and measures nothing). Goals under 30%% of one CPU: start under "
                            + "2 s, p99 under 25 ms, memory under 150 MB."},
            footer = {"", "Examples:", "  lategate bench kiosk --scans 1000",
                    "  lategate bench kiosk --cpu-quota 30 --memory 1g"})
    static final class Kiosk implements Callable<Integer>, BenchFigure.Source {

        private final List<BenchFigure> figures = new ArrayList<>();

        @Override
        public List<BenchFigure> figures() {
            return List.copyOf(figures);
        }

        @Spec
        CommandSpec spec;

        @Option(names = "--scans", defaultValue = "1000", paramLabel = "N",
                description = "Scans to time (default: ${DEFAULT-VALUE}).")
        int scans;

        @Option(names = "--starts", defaultValue = "5", paramLabel = "N",
                description = "Cold starts to time (default: ${DEFAULT-VALUE}).")
        int starts;

        @Option(names = "--cpu-quota", paramLabel = "PERCENT",
                description = "Run the child JVMs limited to PERCENT%% of one CPU, in a control group.")
        Integer cpuQuota;

        @Option(names = "--memory", paramLabel = "SIZE",
                description = "Run the child JVMs limited to SIZE of memory (e.g. 1g, 512m), in a control group.")
        String memory;

        @Override
        public Integer call() throws Exception {
            figures.clear(); // 'lategate bench' runs this command twice: plainly, then in a control group
            if (scans < 100 || starts < 1) {
                throw new BadInputException("--scans must be at least 100 and --starts at least 1");
            }
            if (cpuQuota == null && memory == null) {
                return measure(null);
            }
            try (BenchCgroup group = BenchCgroup.create(java.util.Optional.ofNullable(cpuQuota),
                    java.util.Optional.ofNullable(memory).map(BenchCgroup::parseSize))) {
                return measure(group);
            }
        }

        /** The run, its children in {@code group} when there is one. */
        private Integer measure(BenchCgroup group) throws Exception {
            java.util.function.UnaryOperator<List<String>> in = c -> group == null ? c : group.wrap(c);
            String where = group == null ? "" : " [" + group.label() + "]";
            boolean slow = group != null;
            int startGoal = slow ? 2000 : 1000;
            int scanGoal = slow ? 25 : 20;
            Path jar = Path.of(KioskProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(jar)) {
                throw new BadInputException("bench kiosk runs from the packaged jar (java -jar target/lategate.jar)");
            }
            Path work = Files.createTempDirectory("lategate-bench-kiosk-");
            PrintWriter out = spec.commandLine().getOut();
            try {
                lategate.demo.DemoSchool demo = new lategate.demo.DemoSchool(work);
                DemoSetup.prepare(demo, Clock.systemUTC());
                String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
                double[] javaVersion = new double[starts];
                double[] kioskStart = new double[starts];
                double[] archivedStart = new double[starts];
                List<String> timelines = new ArrayList<>();
                // As the launcher does on an installed kiosk's first start: an untimed run that leaves a
                // class-data archive of the classes it loaded, which every later start maps (docs/install-kiosk.md).
                Path archive = work.resolve("kiosk.jsa");
                timeUntilLine(in.apply(startProbe(java, jar, work, "-XX:ArchiveClassesAtExit=" + archive)), "idle-drawn");
                boolean archived = Files.isRegularFile(archive);
                Progress progress = Progress.start("cold starts", starts);
                for (int i = 0; i < starts; i++) {
                    javaVersion[i] = timeUntilExit(in.apply(List.of(java, "-version")));
                    kioskStart[i] = timeUntilLine(in.apply(startProbe(java, jar, work)), "idle-drawn");
                    if (archived) {
                        archivedStart[i] = timeUntilLine(in.apply(startProbe(java, jar, work,
                                "-XX:SharedArchiveFile=" + archive)), "idle-drawn", timelines);
                    }
                    progress.advance(i + 1);
                }
                progress.finish();
                List<String> probe = new ArrayList<>(List.of(java));
                probe.addAll(KIOSK_JVM);
                probe.addAll(List.of("-cp", jar.toString(), KioskProbe.class.getName(), "scans", work.toString(),
                        Integer.toString(scans), Long.toString(slow ? BenchCgroup.PERIOD_MICROS / 1000 : 0)));
                String[] figures = output(in.apply(probe)).strip().split(" ");
                out.printf("lategate bench kiosk: demo school, 80x24 virtual terminal, JVM %s%n", String.join(" ", KIOSK_JVM));
                if (group != null) {
                    out.printf("every child JVM, java -version too, in a %s; load average %s%n", group.describe(),
                            BenchSyncRun.loadAverage());
                    out.printf("a JVM in the group sees: %s%n", group.javaSees(java));
                    out.printf("scans %d ms apart, one quota period, as pupils at a gate are: back to back they would "
                            + "time the quota's throttling, not the scan%n", BenchCgroup.PERIOD_MICROS / 1000);
                }
                out.printf("%-44s %10s %10s%n", "", "median ms", "min ms");
                out.printf("%-44s %10.0f %10.0f%n", "java -version", percentile(javaVersion, 50), percentile(javaVersion, 0));
                double plainStart = percentile(kioskStart, 50);
                double baseline = percentile(javaVersion, 50);
                // The kiosk as installed starts with the launcher's archive; without one, as the first start does.
                double coldStart = archived ? percentile(archivedStart, 50) : plainStart;
                out.printf("%-44s %10.0f %10.0f   (%.1f times java -version)%n",
                        "kiosk cold start, no class-data archive", plainStart, percentile(kioskStart, 0),
                        plainStart / baseline);
                if (archived) {
                    out.printf("%-44s %10.0f %10.0f   (%.1f times java -version)%n",
                            "kiosk cold start, with its class-data archive", coldStart, percentile(archivedStart, 0),
                            coldStart / baseline);
                    if (!timelines.isEmpty()) {
                        // Where the archived start spends its time (medians; CPU of the whole process, 10 ms ticks).
                        out.printf("  of which: %s%n", timelineMedians(timelines));
                    }
                } else {
                    out.println("(this Java made no class-data archive: it has no base archive to build on)");
                }
                out.printf("%-44s %10.0f %10s   (goal: under %d; %.1f times java -version)%n",
                        "kiosk cold start to idle screen drawn", coldStart, "", startGoal, coldStart / baseline);
                out.printf("scan to confirmation drawn over %d scans: p50 %s ms, p99 %s ms, max %s ms (goal: p99 under %d)%n",
                        scans, figures[1], figures[3], figures[5], scanGoal);
                double peak = figures.length > 9 ? Double.parseDouble(figures[9]) : Double.parseDouble(figures[7]);
                out.printf("resident memory after %d scans: %s MB, peak %.1f MB (goal: under 150)%n", scans, figures[7],
                        peak);
                this.figures.add(BenchFigure.of("kiosk" + where, "java -version, median", String.format("%.0f ms",
                        baseline)));
                this.figures.add(BenchFigure.of("kiosk" + where, "cold start, no class-data archive, median",
                        String.format("%.0f ms (%.1fx java -version)", plainStart, plainStart / baseline)));
                this.figures.add(BenchFigure.against("kiosk" + where, "cold start to idle screen"
                        + (archived ? " (class-data archive)" : "") + ", median", String.format(
                        "%.0f ms (%.1fx java -version)", coldStart, coldStart / baseline), "under " + startGoal + " ms",
                        coldStart < startGoal));
                this.figures.add(BenchFigure.against("kiosk" + where, "scan to confirmation p99 (" + scans + "; p50 beside)",
                        figures[3] + " ms; p50 " + figures[1] + " ms", "under " + scanGoal + " ms",
                        Double.parseDouble(figures[3]) < scanGoal));
                this.figures.add(BenchFigure.against("kiosk" + where, "memory after the scans (RSS; peak)",
                        figures[7] + "; " + String.format("%.1f", peak) + " MB", "under 150 MB", peak < 150));
            } finally {
                BenchCommand.removeTree(work);
            }
            return 0;
        }

        /** The probe's {@code start} in a fresh JVM with the kiosk's options and {@code extra} ones. */
        private static List<String> startProbe(String java, Path jar, Path work, String... extra) {
            List<String> probe = new ArrayList<>(List.of(java));
            probe.addAll(KIOSK_JVM);
            if (extra.length > 0) {
                // Java prints class-data warnings (picocli's old classes cannot be archived) on standard output.
                probe.addAll(List.of("-Xshare:auto", "-Xlog:cds*=off"));
                probe.addAll(List.of(extra));
            }
            probe.addAll(List.of("-cp", jar.toString(), KioskProbe.class.getName(), "start", work.toString()));
            return probe;
        }

        private static double timeUntilExit(List<String> command) throws Exception {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            p.waitFor();
            return (System.nanoTime() - start) / 1e6;
        }

        private static double timeUntilLine(List<String> command, String line) throws Exception {
            return timeUntilLine(command, line, new ArrayList<>());
        }

        /** As above, and adds the probe's start-up timeline (the line after), if it prints one, to {@code timelines}. */
        private static double timeUntilLine(List<String> command, String line, List<String> timelines) throws Exception {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8))) {
                String read;
                while ((read = reader.readLine()) != null) {
                    if (read.equals(line)) {
                        double millis = (System.nanoTime() - start) / 1e6;
                        for (String after; (after = reader.readLine()) != null; ) {
                            if (after.startsWith("timeline ")) {
                                timelines.add(String.format(java.util.Locale.ROOT, "total %.0f %s", millis,
                                        after.substring("timeline ".length())));
                            }
                        }
                        p.waitFor();
                        return millis;
                    }
                }
            }
            throw new IllegalStateException("the kiosk probe ended without drawing the idle screen");
        }

        /**
         * The median of each step of the archived starts' timelines: from the JVM's launch to the probe's
         * main, settings read and database opened, the kiosk wired, the idle screen drawn; each with the
         * CPU the process used in it. Empty when the probes printed none.
         */
        static String timelineMedians(List<String> timelines) {
            if (timelines.isEmpty()) {
                return "";
            }
            List<String> steps = List.of("prepared", "wired", "drawn");
            double[][] wall = new double[steps.size() + 1][timelines.size()];
            double[][] cpu = new double[steps.size() + 1][timelines.size()];
            for (int run = 0; run < timelines.size(); run++) {
                List<String> words = List.of(timelines.get(run).split(" "));
                double lastWall = Double.parseDouble(words.get(1)) - Double.parseDouble(words.get(words.indexOf("drawn") + 1));
                double lastCpu = Double.parseDouble(words.get(words.indexOf("cpu-at-main") + 1));
                wall[0][run] = lastWall;
                cpu[0][run] = lastCpu;
                lastWall = 0;
                for (int i = 0; i < steps.size(); i++) {
                    int at = words.indexOf(steps.get(i));
                    double w = Double.parseDouble(words.get(at + 1));
                    double c = Double.parseDouble(words.get(at + 3));
                    wall[i + 1][run] = w - lastWall;
                    cpu[i + 1][run] = c - lastCpu;
                    lastWall = w;
                    lastCpu = c;
                }
            }
            List<String> names = List.of("JVM to main", "settings and database", "kiosk wired", "idle screen drawn");
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < names.size(); i++) {
                out.append(String.format(java.util.Locale.ROOT, "%s%s %.0f ms (CPU %.0f)", i == 0 ? "" : ", ",
                        names.get(i), percentile(wall[i], 50), percentile(cpu[i], 50)));
            }
            return out.toString();
        }

        private static String output(List<String> command) throws Exception {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (p.waitFor() != 0 || !text.startsWith("p50")) {
                throw new IllegalStateException("the kiosk probe failed: " + text);
            }
            return text;
        }
    }

    @Command(name = "store", mixinStandardHelpOptions = true,
            description = {"Record arrivals one by one on a real database file and compare each commit's latency "
                    + "with the raw fsync latency of the same disk, sampled between the arrivals over the whole run.",
                    "Goal: record p99 within 3 times the raw fsync p99."},
            footer = {"", "Example:", "  lategate bench store --count 10000 --dir /var/lib/lategate"})
    static final class Store implements Callable<Integer>, BenchFigure.Source {

        private static final int PUPILS = 2000;
        private final List<BenchFigure> figures = new ArrayList<>();

        @Override
        public List<BenchFigure> figures() {
            return List.copyOf(figures);
        }
        private static final int WARM_UP = 1000;

        @Spec
        CommandSpec spec;

        @Option(names = "--school", paramLabel = "FILE",
                description = "Settings to classify with (default: the demo school inside the jar).")
        Path schoolFile;

        @Option(names = "--count", defaultValue = "10000", paramLabel = "N",
                description = "Arrivals to record (default: ${DEFAULT-VALUE}).")
        int count;

        @Option(names = "--dir", defaultValue = ".", paramLabel = "DIR",
                description = "A folder on the disk to measure; a temporary folder is made and removed inside it "
                        + "(default: the current folder).")
        Path dir;

        @Override
        public Integer call() throws Exception {
            if (count < 100) {
                throw new BadInputException("--count must be at least 100 for a p99 to mean anything");
            }
            if (!Files.isDirectory(dir)) {
                throw new BadInputException("--dir " + dir + " is not a folder");
            }
            Path work = Files.createTempDirectory(dir, "lategate-bench-");
            School school;
            if (schoolFile == null) {
                lategate.demo.DemoSchool demo = new lategate.demo.DemoSchool(work.resolve("demo"));
                demo.prepare();
                school = lategate.settings.SchoolSettings.load(demo.settings());
            } else {
                school = lategate.settings.SchoolSettings.load(schoolFile);
            }
            PrintWriter out = spec.commandLine().getOut();
            try {
                int fsyncs = Math.min(count, 2000);
                double[] fsync = new double[fsyncs];
                double[] record;
                // The raw fsync sampled between the arrivals, spread over the whole run: the baseline and
                // the records then meet the same busy moments of the disk and the machine.
                try (RawFsync raw = new RawFsync(work.resolve("fsync.bin"))) {
                    record = recordArrivals(school, work.resolve("bench.db"), count, i -> {
                        if ((long) i * fsyncs % count < fsyncs) {
                            fsync[(int) ((long) i * fsyncs / count)] = raw.sample();
                        }
                    });
                }
                out.printf("lategate bench store: %d arrivals, one commit each, on %s%n", count, work.toAbsolutePath().normalize());
                out.printf("%-40s %10s %10s %10s%n", "", "p50 ms", "p99 ms", "max ms");
                out.printf("%-40s %10.3f %10.3f %10.3f%n", "raw fsync (4 KiB append + fdatasync)",
                        percentile(fsync, 50), percentile(fsync, 99), percentile(fsync, 100));
                out.printf("%-40s %10.3f %10.3f %10.3f%n", "record arrival (lookup, classify, commit)",
                        percentile(record, 50), percentile(record, 99), percentile(record, 100));
                double ratio = percentile(record, 99) / percentile(fsync, 99);
                out.printf("record p99 / raw fsync p99 = %.2f (goal: at most 3)%n", ratio);
                figures.add(BenchFigure.of("store", "raw fsync p50 / p99 (4 KiB + fdatasync)",
                        String.format("%.2f / %.2f ms", percentile(fsync, 50), percentile(fsync, 99))));
                figures.add(BenchFigure.of("store", "record an arrival p50 / p99 (" + count + ")",
                        String.format("%.2f / %.2f ms", percentile(record, 50), percentile(record, 99))));
                figures.add(BenchFigure.against("store", "record p99 / raw fsync p99", String.format("%.2f", ratio),
                        "at most 3", ratio <= 3));
            } finally {
                BenchCommand.removeTree(work);
            }
            return 0;
        }

        /** A 4 KiB append and fdatasync to a file of its own on the disk measured, timed one at a time. */
        private static final class RawFsync implements AutoCloseable {
            private final FileChannel channel;
            private final ByteBuffer page = ByteBuffer.allocate(4096);

            RawFsync(Path file) throws IOException {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND);
            }

            double sample() {
                try {
                    page.clear();
                    long start = System.nanoTime();
                    channel.write(page);
                    channel.force(false);
                    return (System.nanoTime() - start) / 1e6;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }

            @Override
            public void close() throws IOException {
                channel.close();
            }
        }

        /** Each arrival's time to record; {@code after} is run after each timed one, untimed. */
        private double[] recordArrivals(School school, Path dbFile, int count, java.util.function.IntConsumer after) {
            // One more day than the timed arrivals need: its first arrivals warm the JIT up, untimed.
            int days = (count + PUPILS - 1) / PUPILS + 1;
            List<LocalDate> schoolDays = new ArrayList<>();
            for (LocalDate d = school.calendar().yearStarts(); schoolDays.size() < days; d = d.plusDays(1)) {
                if (d.isAfter(school.calendar().yearEnds())) {
                    throw new BadInputException("--count " + count + " needs more school days than the year has");
                }
                if (school.calendar().isSchoolDay(d)) {
                    schoolDays.add(d);
                }
            }
            List<Pupil> roster = new ArrayList<>();
            for (int i = 0; i < PUPILS; i++) {
                roster.add(new Pupil(String.format("B%05d", i), "Pupil", "Number " + i, "5", "5B",
                        String.format("BADGE%05d", i), Characteristics.NONE, Optional.empty()));
            }
            double[] millis = new double[count];
            Progress progress = Progress.start("recording arrivals", count);
            try (Database database = Database.create(dbFile)) {
                database.belongsTo(school.id());
                Instant now = Instant.parse("2026-09-01T07:00:00Z");
                new SqlitePupils(database).importRoster(roster, schoolDays.get(0), now, "bench", "-");
                // The office's clock reads after the last arrival, so none of them is in its future.
                Instant afterTheYear = school.calendar().yearEnds().plusDays(1).atStartOfDay(school.zone()).toInstant();
                lategate.domain.badge.BadgeCodes codes = new lategate.domain.badge.BadgeCodes(school.id(), school.name(),
                        Optional.empty());
                SignIn signIn = new SignIn(school, codes, new lategate.store.SqliteBadgeIssues(database),
                        new SqlitePupils(database),
                        new SqliteRegisterLog(database, school.zone()), new lategate.store.SqliteMovements(database), Clock.fixed(afterTheYear, school.zone()));
                LocalDate warmUpDay = schoolDays.get(schoolDays.size() - 1);
                for (int i = 0; i < WARM_UP; i++) {
                    signIn.scan(codes.printed(roster.get(i).badge()), warmUpDay.atTime(9, 0).atZone(school.zone()).toInstant(),
                            "bench", "bench", Optional.empty());
                }
                for (int i = 0; i < count; i++) {
                    ZonedDateTime at = schoolDays.get(i / PUPILS)
                            .atTime(school.timetable().morning().taken().plusSeconds(i % 1500))
                            .atZone(school.zone());
                    long start = System.nanoTime();
                    SignInOutcome outcome = signIn.scan(codes.printed(roster.get(i % PUPILS).badge()), at.toInstant(), "bench",
                            "bench", Optional.empty());
                    millis[i] = (System.nanoTime() - start) / 1e6;
                    if (!(outcome instanceof SignInOutcome.Marked)) {
                        throw new IllegalStateException("bench arrival " + i + " was not marked: " + outcome);
                    }
                    after.accept(i);
                    progress.advance(i + 1);
                }
            } finally {
                progress.finish();
            }
            return millis;
        }
    }

    /** The p-th percentile (0 gives the minimum). */
    /** Removes a bench's temporary folder and everything in it. */
    static void removeTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
