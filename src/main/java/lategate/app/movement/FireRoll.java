package lategate.app.movement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import lategate.app.LateBookEntry;
import lategate.app.entry.RegisterEntries;
import lategate.domain.audit.StaffIdentity;
import lategate.domain.school.School;

/**
 * The fire roll from what the office knows: everyone who signed in late today and is on site
 * (they are not on the class registers taken earlier), and everyone off site, now or at a given
 * instant. Read from the local database alone, so it needs no network and is there at once.
 *
 * <p>A roll call is kept as it is taken ({@link FireRollLog}): staff open it, each tick is saved as
 * it is made, and it stays open, through the kiosk's idle lock and a restart, until staff close it
 * or start a new one. A roll left open from an earlier day is closed by the first one taken today.
 */
public final class FireRoll {

    private final School school;
    private final RegisterEntries register;
    private final Movements movements;
    private final FireRollLog log;
    private final RollPrinter printer;
    private final Clock clock;

    public FireRoll(School school, RegisterEntries register, Movements movements, FireRollLog log,
                    RollPrinter printer, Clock clock) {
        this.school = Objects.requireNonNull(school, "school");
        this.register = Objects.requireNonNull(register, "register");
        this.movements = Objects.requireNonNull(movements, "movements");
        this.log = Objects.requireNonNull(log, "log");
        this.printer = Objects.requireNonNull(printer, "printer");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public record Roll(List<LateBookEntry> lateOnSite, List<Movements.OffSite> offSite) {
    }

    /**
     * A roll call as it stands: the roll, the call it belongs to (empty when none was open: nobody
     * ticked) and each pupil's latest tick or untick, by pupil id.
     */
    public record Call(Roll roll, Optional<FireRollLog.Started> started, Map<String, FireRollLog.Tick> latest) {

        public Call {
            latest = Map.copyOf(latest);
        }

        /** Whether staff have found the pupil on this roll. */
        public boolean found(String pupilId) {
            FireRollLog.Tick t = latest.get(pupilId);
            return t != null && t.found();
        }

        /** The pupil's latest tick or untick, if staff have touched them. */
        public Optional<FireRollLog.Tick> tick(String pupilId) {
            return Optional.ofNullable(latest.get(pupilId));
        }

        public long foundCount() {
            return roll.lateOnSite().stream().filter(e -> found(e.entry().pupilId())).count();
        }
    }

    public Roll now() {
        return at(clock.instant());
    }

    /**
     * The roll as it stood at {@code instant}: late arrivals of that day up to it who were not off
     * site then, and everyone off site then. An arrival or a movement recorded as later does not
     * count, so the roll of a drill can be printed again afterwards as it was.
     */
    public Roll at(Instant instant) {
        LocalDate day = instant.atZone(school.zone()).toLocalDate();
        List<Movements.OffSite> off = movements.offSiteAt(instant);
        Set<String> outIds = new HashSet<>();
        off.forEach(o -> outIds.add(o.pupil().id()));
        List<LateBookEntry> late = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (LateBookEntry e : register.lateBook(day)) {
            String pupilId = e.entry().pupilId();
            if (!e.entry().at().isAfter(instant) && !outIds.contains(pupilId) && seen.add(pupilId)) {
                late.add(e);
            }
        }
        late.sort(Comparator.comparing(LateBookEntry::className).thenComparing(LateBookEntry::familyName)
                .thenComparing(LateBookEntry::givenName));
        return new Roll(late, off);
    }

    /**
     * Opens the roll call for staff at a kiosk: the one open, if it started today, with its ticks;
     * otherwise a new one, which closes any left open from an earlier day.
     */
    public Call open(String kioskId, StaffIdentity by, Instant now) {
        Optional<FireRollLog.Started> open = log.open().filter(r -> sameDay(r.at(), now));
        FireRollLog.Started started = open.orElseGet(() -> log.start(kioskId, now, by));
        return call(started, now);
    }

    /** Starts a new roll call, closing the one open: the ticks of the old stay with it. */
    public Call startAgain(String kioskId, StaffIdentity by, Instant now) {
        return call(log.start(kioskId, now, by), now);
    }

    /** The call read again now (after a scan, or coming back to it): the same roll, today's pupils, its ticks. */
    public Call again(Call call, Instant now) {
        return call.started().map(s -> call(s, now)).orElseGet(() -> new Call(at(now), Optional.empty(), Map.of()));
    }

    /** Saves a tick ({@code found}) or an untick of one pupil, then reads the call again. */
    public Call tick(Call call, String pupilId, boolean found, StaffIdentity by, Instant now) {
        FireRollLog.Started started = call.started().orElseThrow(() ->
                new IllegalStateException("a tick needs a roll call open"));
        log.tick(started.id(), pupilId, found, now, by);
        return call(started, now);
    }

    /** Closes the roll call: its ticks are kept, and the next roll starts afresh. */
    public void close(Call call, StaffIdentity by, Instant now) {
        call.started().ifPresent(s -> log.close(s.id(), now, by));
    }

    /**
     * The roll as it stood at {@code instant}, with the ticks of the roll call open then (if any) made
     * by then: what {@code lategate roll} prints and what a kiosk prints.
     */
    public Call stoodAt(Instant instant) {
        Optional<FireRollLog.Started> open = log.latestStartedBy(instant)
                .filter(r -> r.openAt(instant) && sameDay(r.at(), instant));
        return open.map(s -> call(s, instant, instant)).orElseGet(() -> new Call(at(instant), Optional.empty(), Map.of()));
    }

    /** Prints the call as it stands: the sheet {@link RollSheet} makes, to the kiosk's print folder and printer. */
    public RollPrinter.Printed print(Call call, Instant now) {
        ZoneId zone = school.zone();
        String name = "fire-roll-" + RollSheet.FILE_STAMP.format(now.atZone(zone)) + ".txt";
        return printer.print(name, RollSheet.text(school, call, now));
    }

    /** The call live: every tick it has, even one stamped later than now by a clock since set back. */
    private Call call(FireRollLog.Started started, Instant now) {
        return call(started, now, Instant.MAX);
    }

    /** The call as it stood at {@code until}: the ticks made by then. */
    private Call call(FireRollLog.Started started, Instant now, Instant until) {
        Map<String, FireRollLog.Tick> latest = new LinkedHashMap<>();
        for (FireRollLog.Tick t : log.ticks(started.id())) {
            if (!t.at().isAfter(until)) {
                latest.put(t.pupilId(), t);
            }
        }
        return new Call(at(now), Optional.of(started), latest);
    }

    private boolean sameDay(Instant a, Instant b) {
        return a.atZone(school.zone()).toLocalDate().equals(b.atZone(school.zone()).toLocalDate());
    }
}
