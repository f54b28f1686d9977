package lategate.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import picocli.CommandLine;
import lategate.wiring.PinReader;

/** Runs {@code lategate ARGS} in this JVM with a fixed clock, capturing output and the exit code. */
record CommandLineRun(int exit, String out, String err) {

    static final Clock MONDAY_MORNING = Clock.fixed(Instant.parse("2026-11-23T09:30:00Z"), ZoneId.of("Europe/London"));
    /** 14:30 on the same Monday, school time (GMT): the office's afternoon. */
    static final Clock MONDAY_AFTERNOON = Clock.fixed(Instant.parse("2026-11-23T14:30:00Z"),
            ZoneId.of("Europe/London"));

    static CommandLineRun lategate(String... args) {
        return lategate(MONDAY_MORNING, args);
    }

    static CommandLineRun lategate(Clock clock, String... args) {
        return withPins("", clock, args);
    }

    /**
     * Runs {@code lategate ARGS} as {@code main} does when they are plainly a report's options (PlainReport),
     * without picocli; empty when they are not, and picocli reads them.
     */
    static java.util.Optional<CommandLineRun> plainly(Clock clock, java.nio.file.Path crashes, String... args) {
        return PlainReport.of(args).map(report -> {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = report.run(clock, new CrashLog(java.util.List.of(crashes)), new PrintWriter(out, true),
                    new PrintWriter(err, true));
            return new CommandLineRun(exit, out.toString(), err.toString());
        });
    }

    /** Runs with {@code pins} as what a person would type when asked for PINs, one a line. */
    static CommandLineRun withPins(String pins, Clock clock, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(clock, PinReader.lines(new java.io.StringReader(pins)));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new CommandLineRun(exit, out.toString(), err.toString());
    }
}
