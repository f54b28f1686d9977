package lategate.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import lategate.DatabaseChecksum;
import lategate.cli.Main;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import picocli.CommandLine;

/**
 * Random command lines made of lategate's real commands and options, with values good and bad:
 * the exit code is always 0, 1 or 2 (never 70, a bug), standard error never shows a stack trace or "internal
 * error", and a command that fails leaves the database exactly as it was.
 */
class CommandLineProperties {

    /** Commands that open a terminal, wait for a person, reach a network or take long: not run here. */
    private static final Set<String> NOT_RUN = Set.of("kiosk", "demo", "bench", "hub", "pin-hash", "help");
    /** Options whose value is a place to write: always somewhere inside the test's folder. */
    private static final Set<String> WRITES_TO = Set.of("--out", "--to", "--keep", "--dir", "--data");
    private static final Clock MONDAY = Clock.fixed(Instant.parse("2026-11-23T10:30:00Z"), ZoneId.of("Europe/London"));

    private static Path dir;
    private static Path db;
    private static Path school;

    @BeforeContainer
    static void aSchool() throws Exception {
        dir = Files.createTempDirectory("lategate-cli-properties");
        school = dir.resolve("demo.toml");
        Files.copy(Path.of("config/schools/demo.toml"), school);
        db = dir.resolve("demo.db");
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, "pupil_id,given_name,family_name,year,class,badge\n"
                + "D0001,Ada,Lovelace,5,5B,DEMO0001\nD0002,Alan,Turing,6,6A,DEMO0002\n", StandardCharsets.UTF_8);
        assertEquals(0, run("", "roster", "import", "--school", school.toString(), "--db", db.toString(),
                roster.toString()).exit);
        assertEquals(0, run("2468\n", "staff", "add", "--school", school.toString(), "--db", db.toString(),
                "--username", "head", "--name", "Sam Head", "--position", "Head", "--role", "administrator").exit);
        assertEquals(0, run("", "sign-in", "--school", school.toString(), "--db", db.toString(), "--badge",
                lategate.TestBadges.printed("DEMO0001"), "--at", "2026-11-23T09:20:00").exit);
    }

    @AfterContainer
    static void cleanUp() throws Exception {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    record Run(int exit, String out, String err) {
    }

    private static Run run(String pins, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(MONDAY);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        java.io.InputStream stdin = System.in;
        System.setIn(new java.io.ByteArrayInputStream(pins.getBytes(StandardCharsets.UTF_8)));
        try {
            int exit = cli.execute(args);
            return new Run(exit, out.toString(), err.toString());
        } finally {
            System.setIn(stdin);
        }
    }

    /** Every command path (e.g. "export pupil") with its options, from picocli's own model. */
    private static List<Command> commands() {
        List<Command> found = new ArrayList<>();
        collect(Main.commandLine(MONDAY), List.of(), found);
        return found;
    }

    record Command(List<String> path, List<String> options, int positionals) {
    }

    private static void collect(CommandLine cli, List<String> path, List<Command> found) {
        for (var sub : cli.getSubcommands().entrySet()) {
            if (path.isEmpty() && NOT_RUN.contains(sub.getKey())) {
                continue;
            }
            List<String> here = new ArrayList<>(path);
            here.add(sub.getKey());
            CommandLine c = sub.getValue();
            if (c.getSubcommands().isEmpty() || c.getCommandSpec().userObject() instanceof java.util.concurrent.Callable) {
                List<String> options = c.getCommandSpec().options().stream().map(o -> o.longestName())
                        .filter(n -> !n.equals("--hub") && !n.equals("--hub-password-file")).toList();
                found.add(new Command(here, options, c.getCommandSpec().positionalParameters().size()));
            }
            collect(c, here, found);
        }
    }

    private Arbitrary<String> value(String option) {
        Arbitrary<String> place = Arbitraries.of("out", "new/folder", "sar", "file.csv").map(n -> dir.resolve(n).toString());
        if (WRITES_TO.contains(option)) {
            return place;
        }
        return Arbitraries.oneOf(
                Arbitraries.of(school.toString(), school.toString(), db.toString(), db.toString(), "D0001", "D0002",
                        "D9999", "DEMO0001", lategate.TestBadges.printed("DEMO0002"), "2026-11-23", "2026-11-23T09:20:00",
                        "2026-11-23T09:20:00Z", "2031-02-30", "AM", "PM", "M", "U", "3", "0", "-1", "99999999999",
                        "head", "x", "", " ", "é", "=1+1", "config/schools/russell.toml", dir.resolve("none.db").toString(),
                        "--help", "--csv", "--json"),
                Arbitraries.strings().alpha().numeric().ofMaxLength(10),
                place);
    }

    @Provide
    Arbitrary<List<String>> commandLines() {
        return Arbitraries.of(commands()).flatMap(command -> {
            Arbitrary<List<String>> optionArgs = Arbitraries.of(command.options().isEmpty() ? List.of("--help")
                    : command.options()).flatMap(o -> value(o).map(v -> o.startsWith("--") && !isFlag(o) ? List.of(o, v)
                    : List.of(o))).list().ofMaxSize(6).map(pairs -> pairs.stream().flatMap(List::stream).toList());
            Arbitrary<List<String>> positionals = value("").list().ofMaxSize(command.positionals() + 1);
            return net.jqwik.api.Combinators.combine(optionArgs, positionals, Arbitraries.of(true, false))
                    .as((opts, pos, schoolFirst) -> {
                        List<String> args = new ArrayList<>(command.path());
                        if (schoolFirst && command.options().contains("--school")) {
                            args.addAll(List.of("--school", school.toString()));
                            if (command.options().contains("--db")) {
                                args.addAll(List.of("--db", db.toString()));
                            }
                        }
                        args.addAll(opts);
                        args.addAll(pos);
                        return args;
                    });
        });
    }

    private static boolean isFlag(String option) {
        return Set.of("--csv", "--json", "--dry-run", "--help", "--version", "--all", "--anonymise", "--no-kiosk",
                "--lateness-history").contains(option);
    }

    /** 80 tries: each runs a whole command on a real database (a third of a second), so the suite stays fast. */
    @Property(tries = 80, edgeCases = net.jqwik.api.EdgeCasesMode.FIRST)
    void anyCommandLineEndsInAnExitCodeAndAMessage(@ForAll("commandLines") List<String> args) throws Exception {
        String before = DatabaseChecksum.of(db);
        Run run = run("", args.toArray(String[]::new));
        assertTrue(Set.of(0, 1, 2).contains(run.exit()), "exit " + run.exit() + " for " + args + "\n" + run.err());
        assertFalse(run.err().contains("\tat ") || run.err().contains("internal error"),
                "a stack trace for " + args + ":\n" + run.err());
        if (run.exit() != 0) {
            assertFalse(run.err().isBlank(), "failed with no message: " + args);
            assertEquals(before, DatabaseChecksum.of(db), "a failing command changed the database: " + args
                    + "\n" + run.err());
        }
    }
}
