package lategate;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import lategate.domain.register.RegisterTimetable;
import lategate.domain.school.School;
import lategate.settings.InvalidSettingsException;
import lategate.settings.SchoolSettings;

/** The shipped school profiles, loaded exactly as the command line loads them. */
public final class TestSchools {

    private TestSchools() {
    }

    public static Path file(String id) {
        return Path.of("config", "schools", id + ".toml");
    }

    public static School load(String id) {
        try {
            return SchoolSettings.load(file(id));
        } catch (InvalidSettingsException e) {
            throw new AssertionError("shipped profile " + id + " does not load:\n" + e.getMessage(), e);
        }
    }

    /** The same school with another grace after close, as a school that chose differently would have. */
    public static School withGrace(School school, Duration grace) {
        RegisterTimetable t = school.timetable();
        return new School(school.id(), school.name(), school.zone(), school.policyTitle(),
                new RegisterTimetable(t.morning(), t.afternoon(), grace, t.dayEnds()), school.calendar(),
                school.reasons(), school.consequences(), school.retention());
    }

    /** A school-local time such as "2026-11-23T09:10:00" as an instant. */
    public static Instant local(School school, String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(school.zone()).toInstant();
    }
}
