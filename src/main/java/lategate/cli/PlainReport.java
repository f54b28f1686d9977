package lategate.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import lategate.output.VisibleOutput;

/**
 * {@code lategate report blocks|thresholds ...}, on a kiosk's database or the trust's hub, run
 * without picocli when the words are plainly the report's own options. picocli costs a cold JVM
 * about 150 ms before it parses a word, built from annotations or by hand alike: half of what a
 * report on one school may take after start-up (docs/architecture.md, "Start-up"). The same
 * command objects print the same report, and a failure says what it says through picocli.
 *
 * <p>Only the forms whose meaning picocli could not read differently are taken: each option once,
 * as {@code --name VALUE} or {@code --name=VALUE}, a value that does not start with {@code -},
 * {@code --block} as plain digits, a flag with no value, no {@code @file}, no {@code --}, and
 * options that go together (one school's settings and database; or the hub with one school's id or
 * {@code --all}). Anything else (help, a missing, repeated or misspelt option, options that do not
 * go together) goes through picocli, which says what is wrong exactly as before.
 */
final class PlainReport {

    /** The options each report takes here, by name: true when the option takes a value. */
    static final Map<String, Map<String, Boolean>> OPTIONS = Map.of(
            "blocks", Map.of("--school", true, "--db", true, "--hub", true, "--hub-password-file", true,
                    "--all", false, "--block", true, "--csv", false),
            "thresholds", Map.of("--school", true, "--db", true, "--hub", true, "--hub-password-file", true,
                    "--all", false, "--on", true, "--csv", false));

    private final String report;
    private final Map<String, String> given;
    private final ReportSourceOptions source;

    private PlainReport(String report, Map<String, String> given, ReportSourceOptions source) {
        this.report = report;
        this.given = Map.copyOf(given);
        this.source = source;
    }

    /** The report {@code args} name, when they are plainly its options; empty for picocli to read. */
    static Optional<PlainReport> of(String... args) {
        if (args.length < 2 || !args[0].equals("report") || !OPTIONS.containsKey(args[1])) {
            return Optional.empty();
        }
        Map<String, Boolean> takes = OPTIONS.get(args[1]);
        Map<String, String> given = new HashMap<>();
        for (int i = 2; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            Boolean valued = takes.get(name);
            if (valued == null || given.containsKey(name) || (!valued && equals >= 0)) {
                return Optional.empty();
            }
            String value = "";
            if (valued) {
                if (equals < 0 && i + 1 == args.length) {
                    return Optional.empty();
                }
                value = equals >= 0 ? arg.substring(equals + 1) : args[++i];
                if (!plainValue(name, value)) {
                    return Optional.empty();
                }
            }
            given.put(name, value);
        }
        ReportSourceOptions source = new ReportSourceOptions();
        source.school = given.get("--school");
        source.db = given.containsKey("--db") ? Path.of(given.get("--db")) : null;
        source.hub = given.get("--hub");
        source.hubPasswordFile = given.containsKey("--hub-password-file")
                ? Path.of(given.get("--hub-password-file")) : null;
        source.all = given.containsKey("--all");
        if (source.misuse(null).isPresent()) {
            return Optional.empty(); // picocli's usage error says what is wrong
        }
        return Optional.of(new PlainReport(args[1], given, source));
    }

    /** A value picocli takes as it is: not an option, an @file or nothing; a block in plain digits; a path. */
    private static boolean plainValue(String option, String value) {
        if (value.isEmpty() || value.startsWith("-") || value.startsWith("@")) {
            return false;
        }
        if (option.equals("--block") && !plainNumber(value)) {
            return false;
        }
        if (option.equals("--db") || option.equals("--hub-password-file")) {
            try {
                Path.of(value);
            } catch (InvalidPathException e) {
                return false; // picocli says which option's value
            }
        }
        return true;
    }

    /**
     * Digits that Integer.valueOf, picocli's conversion, reads without fail: no sign, at most nine digits
     * (no overflow), and no leading zero (read the same, but rare enough to leave to picocli).
     */
    private static boolean plainNumber(String value) {
        if (value.length() > 9 || (value.length() > 1 && value.charAt(0) == '0')) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Runs the report, printing to standard output and error as picocli would; the exit code. */
    int run(Clock clock, CrashLog crashes) {
        return run(clock, crashes, Main.standardOut(), Main.standardErr());
    }

    /**
     * Runs the report, printing to {@code to} and {@code errorsTo} as every command prints (VisibleOutput);
     * both flushed before it returns.
     */
    int run(Clock clock, CrashLog crashes, PrintWriter to, PrintWriter errorsTo) {
        PrintWriter out = VisibleOutput.of(to);
        PrintWriter err = VisibleOutput.of(errorsTo);
        try {
            if (report.equals("blocks")) {
                ReportBlocks blocks = new ReportBlocks();
                blocks.source = source;
                blocks.block = new BlockOption();
                blocks.block.number = given.containsKey("--block") ? Integer.valueOf(given.get("--block")) : null;
                blocks.csv = given.containsKey("--csv");
                return blocks.print(source.opened(err, clock), out);
            }
            ReportThresholds thresholds = new ReportThresholds();
            thresholds.source = source;
            thresholds.on = given.get("--on");
            thresholds.csv = given.containsKey("--csv");
            return thresholds.print(source.opened(err, clock), out);
        } catch (Exception e) {
            out.flush();
            return Main.failed(e, err, "lategate report " + report, crashes);
        } finally {
            out.flush();
            err.flush();
        }
    }
}
