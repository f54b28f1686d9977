package lategate.cli;

import java.nio.file.Path;
import lategate.domain.school.School;
import lategate.settings.InvalidSettingsException;
import lategate.settings.SchoolSettings;
import picocli.CommandLine.Option;
import lategate.wiring.BadInputException;

/** --school FILE, shared by every command that works for one school. */
final class SchoolOptions {

    @Option(names = "--school", required = true, paramLabel = "FILE",
            description = "The school's settings, e.g. lategate-demo/demo.toml")
    Path file;

    School load() throws InvalidSettingsException {
        return SchoolSettings.load(file);
    }

    lategate.settings.Settings settings() throws InvalidSettingsException {
        return SchoolSettings.read(file);
    }
}
