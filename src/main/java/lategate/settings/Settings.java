package lategate.settings;

import java.util.List;
import java.util.Objects;
import lategate.domain.school.School;

/**
 * A school's settings file as read: the school's rules, how its kiosk behaves, and the warnings
 * about values that work but are probably not what the school means.
 */
public record Settings(School school, KioskSettings kiosk, List<SettingsProblem> warnings) {

    public Settings {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(kiosk, "kiosk");
        warnings = List.copyOf(warnings);
    }
}
