package lategate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import lategate.domain.school.School;
import lategate.settings.InvalidSettingsException;
import lategate.settings.SchoolSettings;
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
            description = "Validate settings files; prints every problem as FILE:LINE: KEY: message.",
            footer = {"", "Example:", "  lategate config check config/schools/russell.toml"})
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
                    School school = SchoolSettings.load(file);
                    out.println(file + ": OK (" + school.name() + ", " + school.reasons().size() + " reasons, "
                            + school.calendar().schoolWeekCount() + " school weeks)");
                } catch (InvalidSettingsException e) {
                    bad++;
                    for (SettingsProblem problem : e.problems()) {
                        err.println(problem);
                    }
                }
            }
            if (bad > 0) {
                err.println("lategate: " + bad + " of " + files.size() + " settings files have problems");
                return 1;
            }
            return 0;
        }
    }
}
