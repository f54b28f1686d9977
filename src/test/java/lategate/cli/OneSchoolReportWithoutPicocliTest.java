package lategate.cli;

import static lategate.TestBadges.printed;
import static lategate.cli.CommandLineRun.lategate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * 'lategate report blocks|thresholds --school FILE --db FILE ...' runs without picocli when its words are
 * plainly the report's options, and prints exactly what it prints through picocli (docs/architecture.md,
 * "Where a report's time goes, cold"): structure and output only, no timing.
 */
class OneSchoolReportWithoutPicocliTest {

    private static final String DEMO = "config/schools/demo.toml";
    private static final Clock FRIDAY_27_NOV = Clock.fixed(Instant.parse("2026-11-27T16:00:00Z"),
            ZoneId.of("Europe/London"));

    @TempDir
    Path dir;

    @Test
    @DisplayName("only each option once, as --name VALUE or --name=VALUE, in options that go together, skips picocli")
    void onlyThePlainFormSkipsPicocli() {
        for (String[] args : List.of(
                new String[] {"report", "blocks", "--school", "s.toml", "--db", "d.db"},
                new String[] {"report", "blocks", "--db=d.db", "--csv", "--school=s.toml", "--block", "3"},
                new String[] {"report", "blocks", "--school", "s.toml", "--db", "d.db", "--block", "0"},
                new String[] {"report", "thresholds", "--school", "s.toml", "--db", "d.db", "--on", "2026-11-27"},
                new String[] {"report", "thresholds", "--school", "s.toml", "--db", "d.db", "--on", "someday", "--csv"},
                new String[] {"report", "blocks", "--hub", "postgresql://r@h/d", "--all", "--block", "3", "--csv"},
                new String[] {"report", "thresholds", "--hub=postgresql://r@h/d", "--hub-password-file", "p",
                        "--school", "demo"})) {
            assertTrue(PlainReport.of(args).isPresent(), String.join(" ", args));
        }
        for (String[] args : List.of(
                new String[] {"report", "blocks", "--school", "s.toml"},
                new String[] {"report", "blocks", "--db", "d.db"},
                new String[] {"report", "blocks", "--school", "s.toml", "--db", "d.db", "--help"},
                new String[] {"report", "blocks", "--school", "s.toml", "--db", "d.db", "-h"},
                new String[] {"report", "blocks", "--school", "s.toml", "--db", "d.db", "--block"},
                new String[] {"report", "blocks", "--school", "s.toml", "--db", "d.db", "--block", "03"},
                new String[] {"report", "blocks", "--school", "s.toml", "--db", "d.db", "--block", "-1"},
                new String[] {"report", "blocks", "--school", "s.toml", "--db", "d.db", "--block", "+1"},
                new String[] {"report", "blocks", "--school", "s.toml", "--db", "d.db", "--block", "3000000000"},
                new String[] {"report", "blocks", "--school", "s.toml", "--db", "d.db", "--block", "three"},
                new String[] {"report", "blocks", "--school", "s.toml", "--db", "d.db", "--csv=true"},
                new String[] {"report", "blocks", "--school", "s.toml", "--db", "d.db", "--csv", "--csv"},
                new String[] {"report", "blocks", "--school", "s.toml", "--school", "t.toml", "--db", "d.db"},
                new String[] {"report", "blocks", "--school", "--db", "d.db"},
                new String[] {"report", "blocks", "--school", "", "--db", "d.db"},
                new String[] {"report", "blocks", "--school", "@args.txt", "--db", "d.db"},
                new String[] {"report", "blocks", "@args.txt"},
                new String[] {"report", "blocks", "--school", "s.toml", "--db", "d\u0000.db"},
                new String[] {"report", "blocks", "--school", "s.toml", "--db", "d.db", "--", "x"},
                new String[] {"report", "blocks", "--school", "demo", "--hub", "postgresql://r@h/d", "--all"},
                new String[] {"report", "blocks", "--hub", "postgresql://r@h/d"},
                new String[] {"report", "blocks", "--hub", "postgresql://r@h/d", "--school", "demo.toml"},
                new String[] {"report", "blocks", "--hub", "postgresql://r@h/d", "--all", "--db", "d.db"},
                new String[] {"report", "blocks", "--hub", "postgresql://r@h/d", "--all", "--all"},
                new String[] {"report", "blocks", "--school", "s.toml", "--db", "d.db", "--all"},
                new String[] {"report", "blocks", "--school", "s.toml", "--db", "d.db", "--hub-password-file", "p"},
                new String[] {"report", "blocks", "--school", "s.toml", "--db", "d.db", "--on", "2026-11-27"},
                new String[] {"report", "thresholds", "--school", "s.toml", "--db", "d.db", "--block", "3"},
                new String[] {"report", "pupil", "--school", "s.toml", "--db", "d.db"},
                new String[] {"report", "blokcs", "--school", "s.toml", "--db", "d.db"},
                new String[] {"blocks", "--school", "s.toml", "--db", "d.db"},
                new String[] {"report"})) {
            assertTrue(PlainReport.of(args).isEmpty(), String.join(" ", args));
        }
    }

    @Test
    @DisplayName("every option taken without picocli is the report's own, with a value exactly where picocli takes one")
    void theOptionsTakenAreTheReportsOwn() {
        CommandLine report = Main.commandLine(Clock.systemUTC()).getSubcommands().get("report");
        for (Map.Entry<String, Map<String, Boolean>> options : PlainReport.OPTIONS.entrySet()) {
            CommandLine.Model.CommandSpec spec = report.getSubcommands().get(options.getKey()).getCommandSpec();
            for (Map.Entry<String, Boolean> option : options.getValue().entrySet()) {
                CommandLine.Model.OptionSpec declared = spec.findOption(option.getKey());
                assertTrue(declared != null, options.getKey() + " " + option.getKey());
                assertEquals(option.getValue(), declared.arity().max() > 0, options.getKey() + " " + option.getKey());
                assertFalse(declared.arity().max() > 1, "one value each: " + option.getKey());
            }
        }
    }

    @Test
    @DisplayName("the reports, their refusals and a broken settings file print word for word what picocli prints, "
            + "with the same exit code")
    void samePrintedWordsAndExitAsThroughPicocli() throws Exception {
        String db = register();
        Path broken = dir.resolve("broken.toml");
        Files.writeString(broken, Files.readString(Path.of(DEMO), StandardCharsets.UTF_8)
                .replace("closes = \"09:10\"", "closes = \"nine\""), StandardCharsets.UTF_8);
        Path other = dir.resolve("other.toml");
        Files.writeString(other, Files.readString(Path.of(DEMO), StandardCharsets.UTF_8)
                .replace("id = \"demo\"", "id = \"other\""), StandardCharsets.UTF_8);
        List<String[]> runs = List.of(
                new String[] {"report", "blocks", "--school", DEMO, "--db", db, "--block", "3", "--csv"},
                new String[] {"report", "blocks", "--school", DEMO, "--db", db, "--block", "3"},
                new String[] {"report", "blocks", "--csv", "--db=" + db, "--school=" + DEMO},
                new String[] {"report", "blocks", "--school", DEMO, "--db", db},
                new String[] {"report", "blocks", "--school", DEMO, "--db", db, "--block", "0"},
                new String[] {"report", "blocks", "--school", DEMO, "--db", db, "--block", "5", "--csv"},
                new String[] {"report", "blocks", "--school", DEMO, "--db", db, "--block", "11"},
                new String[] {"report", "blocks", "--school", DEMO, "--db", dir.resolve("none.db").toString()},
                new String[] {"report", "blocks", "--school", broken.toString(), "--db", db, "--csv"},
                new String[] {"report", "blocks", "--school", other.toString(), "--db", db, "--csv"},
                new String[] {"report", "blocks", "--school", dir.resolve("none.toml").toString(), "--db", db},
                new String[] {"report", "thresholds", "--school", DEMO, "--db", db, "--on", "2026-11-27", "--csv"},
                new String[] {"report", "thresholds", "--school", DEMO, "--db", db, "--on", "2026-11-27"},
                new String[] {"report", "thresholds", "--school", DEMO, "--db", db},
                new String[] {"report", "thresholds", "--school", DEMO, "--db", db, "--on", "someday"},
                new String[] {"report", "thresholds", "--school", DEMO, "--db", db, "--on", "2027-08-15", "--csv"});
        for (String[] args : runs) {
            String words = String.join(" ", args);
            CommandLineRun plain = CommandLineRun.plainly(FRIDAY_27_NOV, dir, args)
                    .orElseThrow(() -> new AssertionError(words));
            assertEquals(lategate(FRIDAY_27_NOV, args), plain, words);
        }
        assertTrue(lategate(FRIDAY_27_NOV, runs.get(0)).out().contains("\n3,9,12,D1,Amelia,Jones,4,4B,1,1,50,1,0"),
                "the comparison is of a report with rows");
    }

    @Test
    @DisplayName("in a fresh JVM, report blocks prints byte for byte what it prints through picocli, and loads no "
            + "picocli model")
    void freshJvmLoadsNoPicocliModel() throws Exception {
        String db = register();
        List<String> report = List.of("report", "blocks", "--school", DEMO, "--db", db, "--block", "3", "--csv");
        Run plain = run(report);
        List<String> forced = new ArrayList<>(report);
        forced.set(forced.size() - 1, "--csv=true"); // the same report, in a form only picocli reads
        Run picocli = run(forced);
        assertEquals(0, plain.exit, plain.printed);
        assertEquals(picocli.exit, plain.exit);
        assertEquals(picocli.printed, plain.printed);
        assertTrue(plain.printed.startsWith("block,first_week,last_week,pupil_id"), plain.printed);
        assertEquals(List.of(), plain.loaded.stream().filter(c -> c.startsWith("picocli.CommandLine$Model")).toList());
        assertFalse(picocli.loaded.stream().noneMatch(c -> c.startsWith("picocli.CommandLine$Model")),
                "the --csv=true form goes through picocli, so the comparison is with picocli's own run");
    }

    /** The demo school's register with marks in blocks 2 and 3: late, unauthorised, a repeat, an amendment. */
    private String register() throws Exception {
        String db = dir.resolve("d.db").toString();
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, "pupil_id,given_name,family_name,year,class,badge\n"
                + "D1,Amelia,Jones,4,4B,DEMO0001\nD2,Oliver,Smith,5,5A,DEMO0002\nD3,Maya,Patel,5,5A,DEMO0003\n",
                StandardCharsets.UTF_8);
        assertEquals(0, lategate(FRIDAY_27_NOV, "roster", "import", "--school", DEMO, "--db", db,
                roster.toString()).exit());
        for (String[] scan : new String[][] {
                {"DEMO0001", "2026-10-21T08:55:00"}, {"DEMO0001", "2026-11-23T09:00:00"},
                {"DEMO0001", "2026-11-23T09:05:00"}, {"DEMO0001", "2026-11-24T09:20:00"},
                {"DEMO0002", "2026-11-25T09:40:00"}, {"DEMO0003", "2026-10-20T09:30:00"},
                {"DEMO0003", "2026-10-22T09:31:00"}}) {
            assertEquals(0, lategate(FRIDAY_27_NOV, "sign-in", "--school", DEMO, "--db", db, "--badge",
                    printed(scan[0]), "--at", scan[1]).exit());
        }
        return db;
    }

    private record Run(int exit, String printed, List<String> loaded) {
    }

    /** lategate ARGS in a fresh JVM: exit code, what it printed on standard output, the classes it loaded. */
    private static Run run(List<String> args) throws Exception {
        Path log = Files.createTempFile("classes", ".txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xlog:class+load:file=" + log, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(args);
        // Standard output only: the test class path's logging library speaks on standard error.
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String printed = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = child.waitFor();
        List<String> loaded = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            String[] parts = line.split(" ");
            if (parts.length > 1) {
                loaded.add(parts[1]);
            }
        }
        Files.delete(log);
        return new Run(exit, printed, loaded);
    }
}
