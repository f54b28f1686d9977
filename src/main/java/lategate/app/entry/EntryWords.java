package lategate.app.entry;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import lategate.domain.entry.EntryChange;
import lategate.domain.entry.SessionEntry;
import lategate.domain.register.TimeWords;

/** How an entry as it stands is written for people, the same on every screen and page. */
public final class EntryWords {

    /** "2026-11-23T11:02:00": a school-time instant in CSV. */
    public static final DateTimeFormatter LOCAL_TIME_IN_CSV = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss",
            Locale.ROOT);

    private EntryWords() {
    }

    /** "U" when never changed, "U → M" when it was. */
    public static String code(SessionEntry e) {
        return e.changed() ? e.originalCode().code() + " → " + e.code().code() : e.code().code();
    }

    /**
     * The change beside the original, when there is one: "U → M, amended 11:02 by Pat Reed
     * (Receptionist): dentist", or "… claim confirmed 10:05 by …: appointment card".
     */
    public static Optional<String> change(SessionEntry e, ZoneId zone) {
        return e.change().map(c -> (c.from() == c.to() ? c.to().code() : c.from().code() + " → " + c.to().code())
                + ", " + how(c) + " "
                + TimeWords.CLOCK.format(c.at().atZone(zone)) + " by " + c.by() + ": "
                + c.lateReason().map(r -> r + "; ").orElse("") + c.why());
    }

    private static String how(EntryChange c) {
        return c.how().words();
    }
}
