package lategate.domain.entry;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import lategate.domain.audit.StaffIdentity;
import lategate.domain.register.TimeWords;
import lategate.domain.school.LateReason;

/**
 * Late-bus mode, as staff declared it at the kiosk (docs/receptionist.md, "Late-bus mode"): until
 * {@code until}, a late pupil who scans has the bus as their reason, with no picker and no
 * consequence told. The mark is still the one the register rules give (L or U): a late bus is a
 * reason, not a code; changing the code is an amendment (`amend late-bus`).
 *
 * @param route      the route or reason in staff's words, e.g. "route 42"
 * @param declaredAt when staff declared it; it applies from then
 * @param until      when it ends by itself
 */
public record LateBus(long id, String route, Instant declaredAt, Instant until, StaffIdentity declaredBy) {

    /** The key a late-bus reason is recorded under; its words say which bus and who declared it. */
    public static final String REASON_KEY = "late_bus";

    public LateBus {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(declaredAt, "declaredAt");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(declaredBy, "declaredBy");
        if (route.isBlank()) {
            throw new IllegalArgumentException("a late bus names its route or reason");
        }
        if (!until.isAfter(declaredAt)) {
            throw new IllegalArgumentException("a late bus ends after it is declared");
        }
    }

    /** Whether a scan at {@code at} is on this bus: from its declaration until it ends. */
    public boolean covers(Instant at) {
        return !at.isBefore(declaredAt) && at.isBefore(until);
    }

    /** The reason a pupil on it is recorded with: "Late bus: route 42, declared by Pat Reed at 08:50". */
    public LateReason reason(ZoneId zone) {
        return new LateReason(REASON_KEY, "Late bus: " + route + ", declared by " + declaredBy.name() + " at "
                + TimeWords.CLOCK.format(declaredAt.atZone(zone)), Optional.empty());
    }

    /** "Late bus mode (route 42) until 09:30". */
    public String words(ZoneId zone) {
        return "Late bus mode (" + route + ") until " + TimeWords.CLOCK.format(until.atZone(zone));
    }
}
