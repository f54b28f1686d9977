package lategate.cli;

import lategate.output.VisibleOutput;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import lategate.settings.InvalidSettingsException;
import lategate.settings.SettingsProblem;
import lategate.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import lategate.wiring.BadInputException;
import lategate.wiring.PinReader;

/**
 * {@code lategate <command>}: exit 0 on success, 1 on bad input (with a message), 2 on a usage error,
 * 70 on an internal error (a bug: one line names the {@link CrashLog} file that holds the stack trace).
 */
@Command(name = "lategate", mixinStandardHelpOptions = true, version = Main.VERSION,
        description = "Offline late-gate kiosk for schools: records late arrivals (L before the register closes, "
                + "U after) with the pupil's reason.",
        footer = {"", "Example:", "  lategate explain --school lategate-demo/demo.toml --at 2026-11-23T09:10:00"})
public final class Main implements Runnable, lategate.bench.BenchHost {

    /** What {@code lategate --version} prints. */
    static final String VERSION = "lategate 0.1.0";

    private final Clock clock;
    private final PinReader pins;

    public Main(Clock clock) {
        this(clock, PinReader.standard());
    }

    Main(Clock clock, PinReader pins) {
        this.clock = clock;
        this.pins = pins;
    }

    /** Where staff PINs are read from: the console, or standard input; tests give their own. */
    static PinReader pinsOf(picocli.CommandLine.Model.CommandSpec spec) {
        return ((Main) spec.root().userObject()).pins;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public CommandLine freshCommandLine(Clock clock) {
        return commandLine(clock);
    }

    @Override
    public String mainClass() {
        return Main.class.getName();
    }

    /** The clock of the command line a command runs in. */
    static Clock clockOf(picocli.CommandLine.Model.CommandSpec spec) {
        return ((Main) spec.root().userObject()).clock();
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed: see lategate --help");
    }

    public static void main(String[] args) {
        if (Subcommands.neededFor(args).isEmpty()) {
            // The version alone needs no command line: picocli would read its whole model first.
            System.out.println(VERSION);
            System.exit(0);
        }
        if (!picocliTuned(System.getProperties())) {
            Optional<java.util.List<Path>> check = ConfigCommand.Check.plainly(args);
            if (check.isPresent()) {
                System.exit(configCheck(check.get(), Clock.systemUTC()));
            }
            Optional<PlainReport> report = PlainReport.of(args);
            if (report.isPresent()) {
                System.exit(report.get().run(Clock.systemUTC(), CrashLog.standard()));
            }
        }
        System.exit(commandLine(new Main(Clock.systemUTC()), CrashLog.standard(), Subcommands.neededFor(args), args)
                .execute(args));
    }

    /**
     * Whether picocli is tuned by system properties ({@code picocli.trimQuotes}, {@code picocli.trace} and
     * the like, which may come in LATEGATE_JAVA_OPTS or JDK_JAVA_OPTIONS): then only picocli reads the
     * words, since the commands run without it would not read them as it does.
     */
    static boolean picocliTuned(java.util.Properties properties) {
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith("picocli.")) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code lategate config check FILE...} without picocli: the same check, printed as visibly as
     * every command's output, with the same exit codes and crash log. Writers as picocli makes its own.
     */
    static int configCheck(java.util.List<Path> files, Clock clock) {
        PrintWriter out = VisibleOutput.of(standardOut());
        PrintWriter err = VisibleOutput.of(standardErr());
        try {
            return ConfigCommand.Check.check(files, out, err, clock);
        } catch (RuntimeException e) {
            return internalError(e, "lategate config check", CrashLog.standard(), err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Standard output as picocli makes its writer for it. */
    static PrintWriter standardOut() {
        return new PrintWriter(new java.io.BufferedWriter(new java.io.OutputStreamWriter(
                System.out, encoding("sun.stdout.encoding"))), true);
    }

    /** Standard error as picocli makes its writer for it. */
    static PrintWriter standardErr() {
        return new PrintWriter(new java.io.BufferedWriter(new java.io.OutputStreamWriter(
                System.err, encoding("sun.stderr.encoding"))), true);
    }

    /** The terminal's encoding as picocli reads it, so the output is byte for byte what picocli would print. */
    private static java.nio.charset.Charset encoding(String property) {
        String name = System.getProperty(property);
        if (name == null) {
            return java.nio.charset.Charset.defaultCharset();
        }
        try {
            return java.nio.charset.Charset.forName(name.equalsIgnoreCase("cp65001") ? "UTF-8" : name);
        } catch (IllegalArgumentException e) {
            return java.nio.charset.Charset.defaultCharset();
        }
    }

    /** The command line with lategate's exit codes; tests use it with their own clock and writers. */
    public static CommandLine commandLine(Clock clock) {
        return commandLine(new Main(clock));
    }

    static CommandLine commandLine(Clock clock, PinReader pins) {
        return commandLine(new Main(clock, pins));
    }

    private static CommandLine commandLine(Main main) {
        return commandLine(main, CrashLog.standard());
    }

    /** The command line with its internal errors written to {@code crashes}; tests name their own folder. */
    static CommandLine commandLine(Clock clock, CrashLog crashes) {
        return commandLine(new Main(clock), crashes);
    }

    private static CommandLine commandLine(Main main, CrashLog crashes) {
        return commandLine(main, crashes, Subcommands.NAMES, new String[0]);
    }

    /** The command line for one run of {@code args}, with only the subcommands that run needs. */
    static CommandLine commandLineFor(Clock clock, String... args) {
        return commandLine(new Main(clock), CrashLog.standard(), Subcommands.neededFor(args), args);
    }

    /**
     * The command line with only the subcommands {@code names}. Subcommands are added before the
     * handlers are set, since picocli hands a handler down only to the subcommands present then.
     */
    private static CommandLine commandLine(Main main, CrashLog crashes, java.util.List<String> names,
                                           String... args) {
        CommandLine cli = new CommandLine(main);
        for (String name : names) {
            // 'report' builds only the report the run names, as the command line builds only its command.
            cli.addSubcommand(name, name.equals("report") ? ReportCommand.commandLine(args)
                    : Subcommands.classNamed(name));
        }
        cli.setExecutionStrategy(parseResult -> printingVisibly(cli, parseResult));
        // A refusal may quote what was typed or stored: shown as the commands' own output is.
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> failed(e,
                VisibleOutput.of(commandLine.getErr()), String.join(" ", parseResult.asCommandLineList().stream()
                        .map(CommandLine::getCommandName).toList()), crashes));
        return cli;
    }

    /**
     * What a command's exception means for the person who ran {@code command}: bad input (a message,
     * exit 1) or, for anything no command expected, an internal error (exit 70, see {@link CrashLog}).
     */
    static int failed(Exception e, PrintWriter err, String command, CrashLog crashes) {
        if (e instanceof InvalidSettingsException invalid) {
            for (SettingsProblem problem : invalid.problems()) {
                err.println(problem);
            }
            err.println("lategate: the settings file has " + invalid.problems().size()
                    + (invalid.problems().size() == 1 ? " problem" : " problems") + "; nothing was done");
        } else if (e instanceof BadInputException || e instanceof StoreException
                || e instanceof lategate.app.Refused || e instanceof lategate.app.sync.SyncFailure) {
            err.println("lategate: " + e.getMessage());
        } else {
            err.flush();
            return internalError(e, command, crashes, err);
        }
        err.flush();
        return 1;
    }

    /**
     * An exception no command expected is a bug, not bad input: exit 70, and one line that names the
     * file holding the stack trace. Only if no file can be written does the trace go to stderr.
     */
    private static int internalError(Exception e, String command, CrashLog crashes, PrintWriter err) {
        String what = e.toString().replaceAll("\\s+", " ");
        Optional<Path> log = crashes.write(e, command, Instant.now());
        if (log.isPresent()) {
            err.println("lategate: internal error (" + what + "); the stack trace is in " + log.get());
        } else {
            err.println("lategate: internal error (" + what + "); no log file could be written, so here is the "
                    + "stack trace:");
            err.print(CrashLog.stackTrace(e));
        }
        err.flush();
        return CrashLog.EXIT_SOFTWARE;
    }

    /**
     * Runs the command with its output shown visibly (VisibleOutput): the one printing boundary
     * for every command. Help and version text are left as picocli styles them.
     */
    private static int printingVisibly(CommandLine cli, CommandLine.ParseResult parseResult) {
        boolean help = parseResult.asCommandLineList().stream().anyMatch(c -> c.isUsageHelpRequested()
                || c.isVersionHelpRequested() || c.getCommand() instanceof CommandLine.HelpCommand);
        if (help) {
            return new CommandLine.RunLast().execute(parseResult);
        }
        PrintWriter out = cli.getOut();
        PrintWriter err = cli.getErr();
        PrintWriter shownOut = VisibleOutput.of(out);
        PrintWriter shownErr = VisibleOutput.of(err);
        cli.setOut(shownOut);
        cli.setErr(shownErr);
        try {
            return new CommandLine.RunLast().execute(parseResult);
        } finally {
            shownOut.flush();
            shownErr.flush();
            cli.setOut(out);
            cli.setErr(err);
        }
    }
}
