package lategate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A run builds only the command it names (docs/architecture.md, "Start-up"): structure only, no
 * timing. Every command stays reachable and says the same in --help as in the full command line.
 */
class ShortCommandsStartLightTest {

    @Test
    @DisplayName("each subcommand name is the one its class declares, and the full command line has them all")
    void namesMatchTheCommands() {
        for (String name : Subcommands.NAMES) {
            CommandLine.Command command = Subcommands.classNamed(name).getAnnotation(CommandLine.Command.class);
            assertEquals(name, command.name(), "the class listed as " + name);
        }
        assertEquals(Subcommands.NAMES,
                List.copyOf(Main.commandLine(Clock.systemUTC()).getSubcommands().keySet()));
    }

    @Test
    @DisplayName("a run naming a command builds only that command, and its --help is word for word the full one's")
    void aRunBuildsOnlyItsCommand() {
        CommandLine full = Main.commandLine(Clock.systemUTC());
        for (String name : Subcommands.NAMES) {
            if (name.equals("help")) {
                continue;
            }
            CommandLine lean = Main.commandLineFor(Clock.systemUTC(), name, "--help");
            assertEquals(List.of(name), List.copyOf(lean.getSubcommands().keySet()));
            StringWriter out = new StringWriter();
            lean.setOut(new PrintWriter(out));
            assertEquals(0, lean.execute(name, "--help"), name + " --help");
            assertEquals(full.getSubcommands().get(name).getUsageMessage(), out.toString(), name + " --help");
        }
    }

    @Test
    @DisplayName("no command, 'help', --help and a mistyped command still see every command; the version alone none")
    void listingRunsSeeEveryCommand() {
        for (String[] args : List.of(new String[0], new String[] {"--help"}, new String[] {"help", "report"},
                new String[] {"reprot"})) {
            assertEquals(Subcommands.NAMES, List.copyOf(
                    Main.commandLineFor(Clock.systemUTC(), args).getSubcommands().keySet()), String.join(" ", args));
        }
        assertEquals(List.of(), Subcommands.neededFor("--version"));
        assertEquals(List.of(), Subcommands.neededFor("-V"));
        CommandLineRun mistyped = CommandLineRun.lategate("reprot");
        assertEquals(2, mistyped.exit());
        assertTrue(mistyped.err().contains("lategate report"), mistyped.err());
    }

    @Test
    @DisplayName("'lategate --version' in a fresh JVM prints what picocli would and loads no command, "
            + "database, terminal, PDF or settings class, and builds no command-line model")
    void versionLoadsNothingHeavy() throws Exception {
        StringWriter picocli = new StringWriter();
        CommandLine full = Main.commandLine(Clock.systemUTC());
        full.setOut(new PrintWriter(picocli));
        assertEquals(0, full.execute("--version"));

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-verbose:class", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--version")
                .redirectErrorStream(true).start();
        String text = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, child.waitFor(), text);
        List<String> printed = new ArrayList<>();
        List<String> heavy = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.startsWith("[")) {
                printed.add(line);
            } else if (line.matches(".*\\b(org\\.sqlite|com\\.googlecode\\.lanterna|org\\.apache\\.pdfbox|org\\.tomlj"
                    + "|org\\.antlr|com\\.fasterxml|org\\.flywaydb|picocli\\.CommandLine\\$Model"
                    + "|lategate\\.(store|settings|tui|kiosk)|lategate\\.\\w+\\.\\w+Command)\\b.*")) {
                heavy.add(line);
            }
        }
        assertEquals(picocli.toString().strip(), String.join("\n", printed).strip());
        assertEquals(List.of(), heavy);
    }
}
