package lategate.app.entry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import lategate.app.LateBusLog;
import lategate.domain.audit.StaffIdentity;
import lategate.domain.entry.LateBus;
import lategate.domain.school.School;
import lategate.domain.text.PlainText;

/**
 * Staff declaring a late bus at the kiosk (docs/receptionist.md, "Late-bus mode"): a route or reason and
 * the time it ends, today. Any member of staff signed in may declare one (a receptionist at the gate
 * sees the bus first); it is recorded with their name and position, and ends by itself.
 */
public final class LateBusMode {

    private final School school;
    private final LateBusLog log;
    private final Clock clock;

    public LateBusMode(School school, LateBusLog log, Clock clock) {
        this.school = Objects.requireNonNull(school, "school");
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A declaration that cannot be made, in words for staff; nothing was recorded. */
    public static final class Refused extends lategate.app.Refused {
        public Refused(String message) {
            super(message);
        }
    }

    /** The late bus running now, if any. */
    public Optional<LateBus> now() {
        return log.covering(clock.instant());
    }

    /** The late bus a scan at {@code at} is on, if any. */
    public Optional<LateBus> covering(Instant at) {
        return log.covering(at);
    }

    /**
     * Declares a late bus from now until {@code until} today (school time).
     *
     * @throws Refused when the route is empty or not one line, or the time is not later today
     */
    public LateBus declare(String route, LocalTime until, StaffIdentity by, String kioskId) {
        String words = route == null ? "" : route.strip();
        if (words.isEmpty()) {
            throw new Refused("say which bus, e.g. route 42, or why it is late; nothing was recorded");
        }
        PlainText.oneLine("the route").refusal(words).ifPresent(problem -> {
            throw new Refused(problem + "; nothing was recorded");
        });
        Instant now = clock.instant();
        ZonedDateTime today = now.atZone(school.zone());
        Instant ends = today.toLocalDate().atTime(until).atZone(school.zone()).toInstant();
        if (!ends.isAfter(now)) {
            throw new Refused("late-bus mode must end later today: it is " + lategate.domain.register.TimeWords.CLOCK
                    .format(today) + " now, and " + until + " has passed; nothing was recorded");
        }
        return log.declare(words, now, ends, by, kioskId);
    }
}
