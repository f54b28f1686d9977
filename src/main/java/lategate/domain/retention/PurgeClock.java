package lategate.domain.retention;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lategate.domain.clock.ClockFacts;
import lategate.domain.clock.ClockRule;
import lategate.domain.register.TimeWords;

/**
 * Whether a purge may go by the clock it runs by. A purge removes what the clock says is past
 * retention, and what it removes is gone for good: a clock set years ahead (a board booting at a
 * wrong date, {@code faketime}) would remove years of a register that the 2024 regulations keep
 * for 6 years (the 2024 regulations). So a purge is refused when the clock is later than the school
 * calendar's year end plus the retention (no purge can then remove anything the calendar's own
 * year still needs, so a date past it means the calendar or the clock is wrong), when it is
 * earlier than the latest record (README, "Trusted time"), or while a kiosk on this register has
 * questioned its clock and staff have not yet confirmed or set it.
 *
 * <p>The kiosk's "far from the school's calendar" rule is not asked: a purge belongs in the summer
 * holiday, and the year end plus the retention is the purge's own bound.
 *
 * @param retention the school's retention
 * @param allowance how far behind the latest record a clock may be (two kiosks a moment apart)
 */
public record PurgeClock(RetentionRule retention, Duration allowance) {

    public PurgeClock {
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(allowance, "allowance");
    }

    /** The last date a purge may run on under a calendar whose academic year ends {@code yearEnds}. */
    public LocalDate latestDate(LocalDate yearEnds) {
        return yearEnds.plusYears(retention.years());
    }

    /**
     * Why the purge may not go by {@code now}, if it may not.
     *
     * @param kioskDoubts what each kiosk still questioning its clock said, one sentence each
     */
    public Optional<String> question(Instant now, ZoneId zone, LocalDate yearStarts, LocalDate yearEnds,
                                     Optional<Instant> latestRecorded, List<String> kioskDoubts) {
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate latest = latestDate(yearEnds);
        if (today.isAfter(latest)) {
            return Optional.of("the clock says " + TimeWords.DAY.format(today) + " (" + today + "), later than the "
                    + "calendar's year end (" + yearEnds + ") plus the retention (" + retention.years()
                    + " years, to " + latest + "): the clock or the calendar is wrong");
        }
        Optional<String> setBack = new ClockRule.EarlierThanRecorded(allowance).question(new ClockFacts(now, zone,
                yearStarts, yearEnds, latestRecorded, Optional.empty(), Optional.empty()));
        if (setBack.isPresent()) {
            return Optional.of(new ClockRule.EarlierThanRecorded(allowance).name() + ": " + setBack.get());
        }
        if (!kioskDoubts.isEmpty()) {
            return Optional.of("a kiosk has questioned its clock and staff have not yet confirmed or set the time ("
                    + String.join("; ", kioskDoubts) + ")");
        }
        return Optional.empty();
    }
}
