package lategate.cli;

import static lategate.cli.CommandLineRun.lategate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lategate.domain.badge.BadgeCodes;
import lategate.domain.badge.ScannedBadge;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Conventions every command keeps: --help with an example, exit 0, 1 on bad input, 2 on usage errors. */
class CommandLineContractTest {

    @Test
    @DisplayName("every command has --help with an example, and it exits 0")
    void everyCommandHasHelpWithAnExample() {
        List<List<String>> paths = new ArrayList<>();
        collect(Main.commandLine(Clock.systemUTC()), new ArrayList<>(), paths);
        assertTrue(paths.size() >= 10, "commands found: " + paths);
        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            CommandLineRun run = lategate(args.toArray(String[]::new));
            assertEquals(0, run.exit(), path + ": " + run.err());
            assertTrue(run.out().contains("Example"), path + " --help has no example:\n" + run.out());
        }
    }

    @Test
    @DisplayName("every --help is formatted whole: a bare % in a description makes picocli print it raw, with a warning")
    void everyHelpIsFormatted() {
        List<List<String>> paths = new ArrayList<>();
        collect(Main.commandLine(Clock.systemUTC()), new ArrayList<>(), paths);
        java.io.PrintStream standardError = System.err;
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        List<String> raw = new ArrayList<>();
        try {
            // picocli reports a description it cannot format on System.err, not on the command's writers.
            System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
            for (List<String> path : paths) {
                List<String> args = new ArrayList<>(path);
                args.add("--help");
                if (lategate(args.toArray(String[]::new)).out().contains("%n")) {
                    raw.add(String.join(" ", path));
                }
            }
        } finally {
            System.setErr(standardError);
        }
        String warned = warnings.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("", warned.lines().filter(l -> l.contains("Could not format")).reduce("", String::concat));
        assertEquals(List.of(), raw, "--help printed with a raw %n");
    }

    @Test
    @DisplayName("every demo badge code in --help is one a demo badge carries: the code and its check character")
    void helpExamplesScanPrintedBadges() {
        List<List<String>> paths = new ArrayList<>();
        collect(Main.commandLine(Clock.systemUTC()), new ArrayList<>(), paths);
        BadgeCodes codes = new BadgeCodes("demo", "Demo Primary School", Optional.empty());
        List<String> misread = new ArrayList<>();
        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            String help = lategate(args.toArray(String[]::new)).out();
            Matcher badge = Pattern.compile("\\bDEMO[0-9A-Z]+\\b").matcher(help);
            while (badge.find()) {
                // A code shown after --typed is one typed by hand (docs/receptionist.md, "Typing a code"):
                // read as the kiosk reads a typed code, against the demo's roll.
                boolean typed = help.substring(0, badge.start()).endsWith("--typed ");
                ScannedBadge read = typed ? codes.readTyped(badge.group(), c -> c.matches("DEMO0[0-3][0-9][0-9]"))
                        : codes.read(badge.group());
                if (!(read instanceof ScannedBadge.Printed)) {
                    misread.add(String.join(" ", path) + ": " + badge.group());
                }
            }
        }
        assertEquals(List.of(), misread, "copied from --help, these are refused as misread");
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> paths) {
        for (var entry : command.getSubcommands().entrySet()) {
            if (entry.getKey().equals("help")) {
                continue;
            }
            List<String> sub = new ArrayList<>(path);
            sub.add(entry.getKey());
            paths.add(sub);
            collect(entry.getValue(), sub, paths);
        }
    }

    @Test
    @DisplayName("an unknown option is a usage error: exit 2 with the usage")
    void unknownOptionIsUsageError() {
        CommandLineRun run = lategate("explain", "--school", "config/schools/russell.toml", "--at",
                "2026-11-23T09:00:00", "--colour", "red");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("Unknown options: '--colour'"), run.err());
    }

    @Test
    @DisplayName("a missing required option is a usage error: exit 2")
    void missingOptionIsUsageError() {
        assertEquals(2, lategate("sign-in", "--school", "config/schools/russell.toml").exit());
        assertEquals(2, lategate().exit(), "no command at all");
    }

    @Test
    @DisplayName("a malformed time is bad input: exit 1 with a message that shows the right form")
    void badTimeIsBadInput() {
        CommandLineRun run = lategate("explain", "--school", "config/schools/russell.toml", "--at", "9am");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("--at '9am' is not a date and time: write it as 2026-11-23T09:10:00"), run.err());
    }

    @Test
    @DisplayName("a missing settings file is bad input naming the file")
    void missingSettingsFile() {
        CommandLineRun run = lategate("explain", "--school", "config/schools/nowhere.toml", "--at", "2026-11-23T09:00");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("nowhere.toml:0: no such settings file"), run.err());
    }
}
