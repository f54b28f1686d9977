package lategate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A report's run builds only the report it names, as a run builds only its command (docs/architecture.md,
 * start-up): picocli reads every report's options before parsing. What the user sees must not change.
 */
class ReportsStartLightTest {

    @Test
    @DisplayName("'report NAME' builds only that report, and its --help is word for word the full command line's")
    void aReportRunBuildsOnlyItsReport() {
        CommandLine full = Main.commandLine(Clock.systemUTC()).getSubcommands().get("report");
        assertEquals(ReportCommand.NAMES, List.copyOf(full.getSubcommands().keySet()));
        for (String name : ReportCommand.NAMES) {
            CommandLine lean = Main.commandLineFor(Clock.systemUTC(), "report", name, "--help");
            CommandLine report = lean.getSubcommands().get("report");
            assertEquals(List.of(name), List.copyOf(report.getSubcommands().keySet()));
            StringWriter out = new StringWriter();
            lean.setOut(new PrintWriter(out));
            assertEquals(0, lean.execute("report", name, "--help"), "report " + name + " --help");
            assertEquals(full.getSubcommands().get(name).getUsageMessage(), out.toString(), name + " --help");
            assertEquals(ReportCommand.class, report.getCommand().getClass());
        }
    }

    @Test
    @DisplayName("'report' alone, 'report --help' and a mistyped report still list every report, as before")
    void listingRunsSeeEveryReport() {
        CommandLine full = Main.commandLine(Clock.systemUTC()).getSubcommands().get("report");
        for (String[] args : List.of(new String[] {"report"}, new String[] {"report", "--help"},
                new String[] {"report", "blokcs"})) {
            CommandLine report = Main.commandLineFor(Clock.systemUTC(), args).getSubcommands().get("report");
            assertEquals(ReportCommand.NAMES, List.copyOf(report.getSubcommands().keySet()), String.join(" ", args));
            assertEquals(full.getUsageMessage(), report.getUsageMessage());
        }
        CommandLineRun mistyped = CommandLineRun.lategate("report", "blokcs");
        assertEquals(2, mistyped.exit());
    }
}
