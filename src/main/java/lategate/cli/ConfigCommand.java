package lategate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import lategate.domain.school.School;
import lategate.settings.InvalidSettingsException;
import lategate.settings.SchoolSettings;
import lategate.settings.Settings;
import lategate.settings.SettingsProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "config", description = "Check school settings files.", mixinStandardHelpOptions = true,
        subcommands = ConfigCommand.Check.class,
        footer = {"", "Example:", "  lategate config check config/schools/*.toml"})
final class ConfigCommand {

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Validate settings files; prints every problem as FILE:LINE: KEY: message.",
                    "Warnings (FILE:LINE: KEY: warning: message) do not change the exit code."},
            footer = {"", "Example:", "  lategate config check lategate-demo/demo.toml"})
    static final class Check implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Settings files to check.")
        List<Path> files;

        @Override
        public Integer call() {
            return check(files, spec.commandLine().getOut(), spec.commandLine().getErr(), Main.clockOf(spec));
        }

        /**
         * The files of {@code lategate config check FILE...} when that is the whole command line: no
         * option, no @file, nothing picocli would read differently from a list of paths. Such a run
         * needs no command line built (picocli's model of a command, by reflection, cost more than
         * the check); anything else, --help included, goes through picocli as before.
         */
        static java.util.Optional<List<Path>> plainly(String... args) {
            if (args.length < 3 || !args[0].equals("config") || !args[1].equals("check")) {
                return java.util.Optional.empty();
            }
            List<Path> files = new ArrayList<>();
            for (int i = 2; i < args.length; i++) {
                String arg = args[i];
                if (arg.isEmpty() || arg.startsWith("-") || arg.startsWith("@")) {
                    return java.util.Optional.empty();
                }
                try {
                    files.add(Path.of(arg));
                } catch (java.nio.file.InvalidPathException e) {
                    return java.util.Optional.empty(); // picocli says which argument, as for any bad value
                }
            }
            return java.util.Optional.of(files);
        }

        /** Checks each file, printing as the command does; 1 when any has problems. */
        static int check(List<Path> files, PrintWriter out, PrintWriter err, java.time.Clock clock) {
            int bad = 0;
            for (Path file : files) {
                try {
                    Settings settings = SchoolSettings.read(file);
                    School school = settings.school();
                    List<SettingsProblem> warnings = new ArrayList<>(settings.warnings());
                    java.util.Optional<SettingsProblem> nextYear = nextYear(file, school, clock);
                    if (nextYear.isPresent()) {
                        warnings.add(nextYear.get());
                    }
                    out.println(file + ": OK (" + school.name() + ", " + school.reasons().size() + " reasons, "
                            + school.calendar().schoolWeekCount() + " school weeks"
                            + (warnings.isEmpty() ? "" : ", " + count(warnings.size(), "warning"))
                            + ")");
                    for (SettingsProblem warning : warnings) {
                        err.println(warning);
                    }
                } catch (InvalidSettingsException e) {
                    bad++;
                    // Warnings beside the errors, in line order, so one pass through the file fixes both.
                    List<SettingsProblem> all = new ArrayList<>(e.problems());
                    all.addAll(e.warnings());
                    all.sort(Comparator.comparingInt(SettingsProblem::line));
                    all.forEach(err::println);
                }
            }
            if (bad > 0) {
                err.println("lategate: " + bad + " of " + files.size() + " settings files have problems");
                return 1;
            }
            return 0;
        }

        /**
         * Whether the next academic year is missing or still waiting in [calendar.next_year], by today's date:
         * a year with no calendar is a year of closed days at the kiosk (docs/rollover.md).
         */
        private static java.util.Optional<SettingsProblem> nextYear(Path file, School school, java.time.Clock clock) {
            java.time.LocalDate today = clock.instant().atZone(school.zone()).toLocalDate();
            java.util.Optional<String> words = lategate.domain.calendar.NextYearNotice.on(school.calendar(), today,
                    file.toString());
            if (words.isEmpty()) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new SettingsProblem(file, calendarLine(file), "calendar", words.get(),
                    SettingsProblem.Severity.WARNING));
        }

        /** The line of the [calendar] table, for the warning's FILE:LINE; 1 when it cannot be found. */
        private static int calendarLine(Path file) {
            try {
                List<String> lines = java.nio.file.Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).strip().startsWith("[calendar]")) {
                        return i + 1;
                    }
                }
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                // read a moment ago: the warning still stands, at line 1
            }
            return 1;
        }

        private static String count(int n, String thing) {
            return n + " " + thing + (n == 1 ? "" : "s");
        }
    }
}
