package lategate.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import lategate.wiring.BadInputException;

/**
 * Reads times given on the command line. A time without an offset is school time (so a clock
 * change never shifts what the office typed); one with an offset or Z is that exact instant.
 */
final class SchoolTime {

    private SchoolTime() {
    }

    static Instant instant(String option, String text, ZoneId zone) {
        String t = text.strip();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(t).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                throw new BadInputException(option + " '" + text + "' is not a date and time: write it as "
                        + "2026-11-23T09:10:00 (school time) or with an offset, e.g. 2026-11-23T09:10:00Z");
            }
        }
    }

    static LocalDate date(String option, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadInputException(option + " '" + text + "' is not a date: write it as 2026-11-23");
        }
    }

    /** The instant an option gives, or {@code now} when it was left out. */
    static Instant instantOr(String option, String text, Instant now, ZoneId zone) {
        return text == null ? now : instant(option, text, zone);
    }

    /**
     * The instant a view is asked for as it stood (--at), or {@code now} when left out. A time
     * still to come is refused: nothing recorded yet can say how it will stand.
     */
    static Instant stoodAtOr(String option, String text, Instant now, ZoneId zone) {
        Instant at = instantOr(option, text, now, zone);
        if (at.isAfter(now)) {
            throw new BadInputException(option + " '" + text + "' is still to come: give a time up to now");
        }
        return at;
    }

    /** The school date an option gives, or today's at school when it was left out. */
    static LocalDate dateOr(String option, String text, java.time.Clock clock, ZoneId zone) {
        return text == null ? clock.instant().atZone(zone).toLocalDate() : date(option, text);
    }
}
