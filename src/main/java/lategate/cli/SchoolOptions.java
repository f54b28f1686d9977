package lategate.cli;

import java.nio.file.Path;
import lategate.domain.school.School;
import lategate.settings.InvalidSettingsException;
import lategate.settings.SchoolSettings;
import picocli.CommandLine.Option;

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

    /** The school's badge codes, with its signing key when [badges] names one; a bad key file is bad input. */
    static lategate.domain.badge.BadgeCodes badgeCodes(lategate.settings.Settings settings) {
        try {
            return lategate.badge.SchoolBadges.of(settings);
        } catch (lategate.badge.BadgeKeyFile.BadgeKeyException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
