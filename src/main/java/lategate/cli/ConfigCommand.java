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
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            int bad = 0;
            for (Path file : files) {
                try {
                    Settings settings = SchoolSettings.read(file);
                    School school = settings.school();
                    out.println(file + ": OK (" + school.name() + ", " + school.reasons().size() + " reasons, "
                            + school.calendar().schoolWeekCount() + " school weeks"
                            + (settings.warnings().isEmpty() ? "" : ", " + count(settings.warnings().size(), "warning"))
                            + ")");
                    settings.warnings().forEach(err::println);
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

        private static String count(int n, String thing) {
            return n + " " + thing + (n == 1 ? "" : "s");
        }
    }
}
