package lategate.cli;

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

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure lategate on this machine, on generated data in a temporary folder.",
        subcommands = BenchCommand.Store.class,
        footer = {"", "Example:", "  lategate bench store --count 10000"})
final class BenchCommand {

    @Command(name = "store", mixinStandardHelpOptions = true,
            description = {"Record arrivals one by one on a real database file and compare each commit's latency "
                    + "with the raw fsync latency of the same disk, measured in the same run.",
                    "Goal: record p99 within 3 times the raw fsync p99."},
            footer = {"", "Example:", "  lategate bench store --count 10000 --dir /var/lib/lategate"})
    static final class Store implements Callable<Integer> {

        private static final int PUPILS = 2000;

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
                double[] fsync = rawFsync(work.resolve("fsync.bin"), Math.min(count, 2000));
                double[] record = recordArrivals(school, work.resolve("bench.db"), count);
                out.printf("lategate bench store: %d arrivals, one commit each, on %s%n", count, work.toAbsolutePath().normalize());
                out.printf("%-40s %10s %10s %10s%n", "", "p50 ms", "p99 ms", "max ms");
                out.printf("%-40s %10.3f %10.3f %10.3f%n", "raw fsync (4 KiB append + fdatasync)",
                        percentile(fsync, 50), percentile(fsync, 99), percentile(fsync, 100));
                out.printf("%-40s %10.3f %10.3f %10.3f%n", "record arrival (lookup, classify, commit)",
                        percentile(record, 50), percentile(record, 99), percentile(record, 100));
                double ratio = percentile(record, 99) / percentile(fsync, 99);
                out.printf("record p99 / raw fsync p99 = %.2f (goal: at most 3)%n", ratio);
            } finally {
                try (Stream<Path> files = Files.walk(work)) {
                    for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
            return 0;
        }

        private static double[] rawFsync(Path file, int samples) throws IOException {
            double[] millis = new double[samples];
            ByteBuffer page = ByteBuffer.allocate(4096);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                for (int i = 0; i < samples; i++) {
                    page.clear();
                    long start = System.nanoTime();
                    channel.write(page);
                    channel.force(false);
                    millis[i] = (System.nanoTime() - start) / 1e6;
                }
            }
            return millis;
        }

        private double[] recordArrivals(School school, Path dbFile, int count) {
            int days = (count + PUPILS - 1) / PUPILS;
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
                SignIn signIn = new SignIn(school, new SqlitePupils(database),
                        new SqliteRegisterLog(database, school.zone()), Clock.fixed(now, school.zone()));
                for (int i = 0; i < count; i++) {
                    ZonedDateTime at = schoolDays.get(i / PUPILS)
                            .atTime(school.timetable().morning().taken().plusSeconds(i % 1500))
                            .atZone(school.zone());
                    long start = System.nanoTime();
                    SignInOutcome outcome = signIn.scan(roster.get(i % PUPILS).badge(), at.toInstant(), "bench",
                            "bench", Optional.empty());
                    millis[i] = (System.nanoTime() - start) / 1e6;
                    if (!(outcome instanceof SignInOutcome.Marked)) {
                        throw new IllegalStateException("bench arrival " + i + " was not marked: " + outcome);
                    }
                    progress.advance(i + 1);
                }
            } finally {
                progress.finish();
            }
            return millis;
        }

        private static double percentile(double[] values, int p) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }
    }
}
