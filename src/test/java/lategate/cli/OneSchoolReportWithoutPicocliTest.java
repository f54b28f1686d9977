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
    @DisplayName("every option taken without picocli is the report's own, read as picocli reads it: a value exactly "
            + "where picocli takes one, of the same type, with no default, converter, split or negation")
    void theOptionsTakenAreTheReportsOwn() {
        // The types PlainReport gives the options' fields; picocli's model must say the same.
        Map<String, Class<?>> types = Map.of("--school", String.class, "--db", Path.class, "--hub", String.class,
                "--hub-password-file", Path.class, "--all", boolean.class, "--block", Integer.class,
                "--on", String.class, "--csv", boolean.class);
        CommandLine report = Main.commandLine(Clock.systemUTC()).getSubcommands().get("report");
        for (Map.Entry<String, Map<String, Boolean>> options : PlainReport.OPTIONS.entrySet()) {
            CommandLine.Model.CommandSpec spec = report.getSubcommands().get(options.getKey()).getCommandSpec();
            for (Map.Entry<String, Boolean> option : options.getValue().entrySet()) {
                String which = options.getKey() + " " + option.getKey();
                CommandLine.Model.OptionSpec declared = spec.findOption(option.getKey());
                assertTrue(declared != null, which);
                assertEquals(option.getValue(), declared.arity().max() > 0, which);
                assertFalse(declared.arity().max() > 1, "one value each: " + which);
                assertEquals(types.get(option.getKey()), declared.type(), which);
                assertEquals(null, declared.defaultValue(), which);
                assertEquals(0, declared.converters().length, which);
                assertEquals("", declared.splitRegex(), which);
                assertFalse(declared.negatable() || declared.required() || declared.interactive(), which);
                assertEquals(List.of(option.getKey()), List.of(declared.names()), "no other name: " + which);
            }
        }
    }

    @Test
    @DisplayName("picocli tuned by a system property (picocli.trimQuotes, picocli.trace) reads every word itself")
    void picocliTunedReadsEveryWord() {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("user.home", "/home/x");
        assertFalse(Main.picocliTuned(properties));
        properties.setProperty("picocli.trimQuotes", "");
        assertTrue(Main.picocliTuned(properties));
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
        // Each run with the exit it must have, so that a refusal that quietly succeeded would show.
        Map<String[], Integer> runs = new java.util.LinkedHashMap<>();
        runs.put(new String[] {"report", "blocks", "--school", DEMO, "--db", db, "--block", "3", "--csv"}, 0);
        runs.put(new String[] {"report", "blocks", "--school", DEMO, "--db", db, "--block", "3"}, 0);
        runs.put(new String[] {"report", "blocks", "--csv", "--db=" + db, "--school=" + DEMO}, 0);
        runs.put(new String[] {"report", "blocks", "--school", DEMO, "--db", db}, 0);
        runs.put(new String[] {"report", "blocks", "--school", DEMO, "--db", db, "--block", "0"}, 1);
        runs.put(new String[] {"report", "blocks", "--school", DEMO, "--db", db, "--block", "5", "--csv"}, 1);
        runs.put(new String[] {"report", "blocks", "--school", DEMO, "--db", db, "--block", "11"}, 1);
        runs.put(new String[] {"report", "blocks", "--school", DEMO, "--db", dir.resolve("none.db").toString()}, 1);
        runs.put(new String[] {"report", "blocks", "--school", broken.toString(), "--db", db, "--csv"}, 1);
        runs.put(new String[] {"report", "blocks", "--school", other.toString(), "--db", db, "--csv"}, 1);
        runs.put(new String[] {"report", "blocks", "--school", dir.resolve("none.toml").toString(), "--db", db}, 1);
        runs.put(new String[] {"report", "thresholds", "--school", DEMO, "--db", db, "--on", "2026-11-27", "--csv"}, 0);
        runs.put(new String[] {"report", "thresholds", "--school", DEMO, "--db", db, "--on", "2026-11-27"}, 0);
        runs.put(new String[] {"report", "thresholds", "--school", DEMO, "--db", db}, 0);
        runs.put(new String[] {"report", "thresholds", "--school", DEMO, "--db", db, "--on", "someday"}, 1);
        runs.put(new String[] {"report", "thresholds", "--school", DEMO, "--db", db, "--on", "2027-08-15", "--csv"}, 1);
        for (Map.Entry<String[], Integer> run : runs.entrySet()) {
            String[] args = run.getKey();
            String words = String.join(" ", args);
            CommandLineRun plain = CommandLineRun.plainly(FRIDAY_27_NOV, dir, args)
                    .orElseThrow(() -> new AssertionError(words));
            assertEquals(run.getValue(), plain.exit(), words + "\n" + plain.err());
            assertEquals(lategate(FRIDAY_27_NOV, args), plain, words);
        }
        assertTrue(lategate(FRIDAY_27_NOV, runs.keySet().iterator().next()).out()
                .contains("\n3,9,12,D1,Amelia,Jones,4,4B,1,1,50,1,0"), "the comparison is of a report with rows");
    }

    @Test
    @DisplayName("in a fresh JVM, report blocks prints byte for byte what it prints through picocli, and loads no "
            + "picocli model")
    void freshJvmLoadsNoPicocliModel() throws Exception {
        String db = register();
        // The JVM's own clock: block 3 (from 2026-11-16) has started on any day this runs.
        List<String> report = List.of("report", "blocks", "--school", DEMO, "--db", db, "--block", "3", "--csv");
        FreshJvmRun plain = FreshJvmRun.lategatePrinting(report);
        List<String> forced = new ArrayList<>(report);
        forced.set(forced.size() - 1, "--csv=true"); // the same report, in a form only picocli reads
        FreshJvmRun picocli = FreshJvmRun.lategatePrinting(forced);
        assertEquals(0, plain.exit(), plain.printed());
        assertEquals(picocli.exit(), plain.exit());
        assertEquals(picocli.printed(), plain.printed());
        assertTrue(plain.printed().startsWith("block,first_week,last_week,pupil_id"), plain.printed());
        assertEquals(List.of(), plain.loaded().stream().filter(c -> c.startsWith("picocli.CommandLine$Model"))
                .toList());
        assertFalse(picocli.loaded().stream().noneMatch(c -> c.startsWith("picocli.CommandLine$Model")),
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
}
