package lategate.app.entry;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import lategate.app.LateBookEntry;
import lategate.domain.codes.AttendanceCode;
import java.util.Optional;
import lategate.domain.entry.EntryChange;
import lategate.domain.entry.SessionEntry;
import lategate.domain.register.ReasonStatus;
import lategate.domain.register.RecordedArrival;
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

    /**
     * The Late Book's total line: "4 late arrivals: 2 L, 1 U, 1 now M.", counted as the entries
     * stand, so a U amended to M is no longer a U. The same line under the book on paper, on the
     * command line and at the kiosk.
     */
    public static String lateBookTotals(List<LateBookEntry> entries) {
        long l = entries.stream().filter(e -> e.entry().code() == AttendanceCode.L).count();
        long u = entries.stream().filter(e -> e.entry().code() == AttendanceCode.U).count();
        Map<String, Long> others = entries.stream().filter(e -> !e.entry().isLate())
                .collect(Collectors.groupingBy(e -> e.entry().code().code(), TreeMap::new, Collectors.counting()));
        StringBuilder line = new StringBuilder(entries.size() + (entries.size() == 1 ? " late arrival" : " late arrivals")
                + ": " + l + " L, " + u + " U");
        others.forEach((code, n) -> line.append(", ").append(n).append(" now ").append(code));
        return line.append('.').toString();
    }

    /** The Late Book's reason column: the reason, "(not given)", and "[to confirm]" while a claim is open. */
    public static String reason(SessionEntry e) {
        return e.reason().orElse("(not given)")
                + (e.reasonStatus().filter(s -> s == ReasonStatus.CLAIMED).isPresent() ? " [to confirm]" : "");
    }

    /** The Late Book's kiosk column: the kiosk that took the arrival, or where the entry came from. */
    public static String kiosk(SessionEntry e) {
        return e.arrival().map(RecordedArrival::kioskId).orElse(e.source().words());
    }

    /** The Late Book's "recorded by" column, with repeat scans and a mark to review. */
    public static String recordedBy(SessionEntry e) {
        return e.recordedBy() + (e.repeats() > 0 ? " (+" + e.repeats() + " repeat scans)" : "")
                + (e.toReview() ? " *" : "");
    }

    private static String how(EntryChange c) {
        return c.how().words();
    }
}
