package lategate.domain.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** When a kiosk's clock is trusted to time arrivals, and when it is questioned (issue 9, point 4). */
class ClockPlausibilityTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate YEAR_STARTS = LocalDate.of(2026, 9, 1);
    private static final LocalDate YEAR_ENDS = LocalDate.of(2027, 7, 31);
    private final ClockPlausibility plausibility = new ClockPlausibility(Duration.ofMinutes(2), Duration.ofMinutes(10));

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(LONDON).toInstant();
    }

    private static ClockFacts facts(String now, Optional<String> latest, Optional<ClockFacts.PreviousCheck> previous) {
        return new ClockFacts(at(now), LONDON, YEAR_STARTS, YEAR_ENDS, latest.map(ClockPlausibilityTest::at), previous,
                Optional.empty());
    }

    private ClockVerdict.Questioned questioned(ClockFacts facts) {
        return assertInstanceOf(ClockVerdict.Questioned.class, plausibility.judge(facts));
    }

    @Test
    @DisplayName("a clock set back a day is questioned: the records already reach a later instant")
    void setBackADay() {
        ClockVerdict.Questioned q = questioned(facts("2026-11-22T08:57:00", Optional.of("2026-11-23T08:50:00"),
                Optional.empty()));
        assertInstanceOf(ClockRule.EarlierThanRecorded.class, q.rule());
        assertEquals("earlier than the latest record: the clock says Sunday 22 November 2026 08:57, but this kiosk's "
                + "records already reach Monday 23 November 2026 08:50: the clock has gone back 23 h 53 min",
                q.explanation());
    }

    @Test
    @DisplayName("a clock a minute behind the latest record (another kiosk a moment ahead) is fine")
    void aMinuteBehindIsAllowed() {
        assertInstanceOf(ClockVerdict.Plausible.class, plausibility.judge(facts("2026-11-23T08:49:00",
                Optional.of("2026-11-23T08:50:00"), Optional.empty())));
    }

    @Test
    @DisplayName("a jump of 3 hours mid-morning is questioned, forward or back")
    void jumpMidMorning() {
        var fiveSecondsAgo = new ClockFacts.PreviousCheck(at("2026-11-23T09:20:00"), Duration.ofSeconds(5));
        ClockVerdict.Questioned forward = questioned(facts("2026-11-23T12:20:05", Optional.of("2026-11-23T09:19:00"),
                Optional.of(fiveSecondsAgo)));
        assertInstanceOf(ClockRule.JumpedWhileRunning.class, forward.rule());
        assertTrue(forward.why().startsWith("the clock jumped forward 3 h while the kiosk was running"), forward.why());

        ClockVerdict.Questioned back = questioned(facts("2026-11-23T06:20:05", Optional.empty(),
                Optional.of(fiveSecondsAgo)));
        assertInstanceOf(ClockRule.JumpedWhileRunning.class, back.rule());
        assertTrue(back.why().startsWith("the clock jumped back 3 h"), back.why());
    }

    @Test
    @DisplayName("a drift of 30 s is fine")
    void driftOfThirtySeconds() {
        var anHourAgo = new ClockFacts.PreviousCheck(at("2026-11-23T08:00:00"), Duration.ofHours(1));
        assertInstanceOf(ClockVerdict.Plausible.class, plausibility.judge(facts("2026-11-23T09:00:30",
                Optional.of("2026-11-23T08:59:00"), Optional.of(anHourAgo))));
        assertInstanceOf(ClockVerdict.Plausible.class, plausibility.judge(facts("2026-11-23T08:59:30",
                Optional.of("2026-11-23T08:59:00"), Optional.of(anHourAgo))));
    }

    @Test
    @DisplayName("a date more than a year from the school's calendar (a board booting at 1970) is questioned, unless "
            + "staff confirmed it that day")
    void farFromTheCalendar() {
        ClockVerdict.Questioned q = questioned(facts("1970-01-01T00:01:00", Optional.empty(), Optional.empty()));
        assertInstanceOf(ClockRule.FarFromTheCalendar.class, q.rule());
        assertEquals("far from the school's calendar: the clock says Thursday 1 January 1970, more than a year from "
                + "the school's calendar (Tuesday 1 September 2026 to Saturday 31 July 2027)", q.explanation());
        assertInstanceOf(ClockRule.FarFromTheCalendar.class,
                questioned(facts("2028-08-01T08:50:00", Optional.empty(), Optional.empty())).rule());

        ClockFacts confirmed = new ClockFacts(at("2029-08-10T10:00:00"), LONDON, YEAR_STARTS, YEAR_ENDS,
                Optional.empty(), Optional.empty(), Optional.of(LocalDate.of(2029, 8, 10)));
        assertInstanceOf(ClockVerdict.Plausible.class, plausibility.judge(confirmed));
    }

    @Test
    @DisplayName("docs/rollover.md: the first Monday of a new academic year with no calendar yet is not a clock "
            + "problem (the school is closed then), nor is the summer holiday")
    void outsideTheAcademicYearIsNotAClockProblem() {
        assertInstanceOf(ClockVerdict.Plausible.class, plausibility.judge(facts("2027-09-06T08:50:00",
                Optional.of("2027-07-21T15:30:00"), Optional.empty())));
        assertInstanceOf(ClockVerdict.Plausible.class, plausibility.judge(facts("2027-08-10T10:00:00",
                Optional.of("2027-07-21T15:30:00"), Optional.empty())));
        assertInstanceOf(ClockVerdict.Plausible.class, plausibility.judge(facts("2026-08-28T10:00:00",
                Optional.empty(), Optional.empty())));
    }

    @Test
    @DisplayName("a September clock set back behind July's records is still questioned: time only runs forward")
    void setBackOutsideTheYearIsStillQuestioned() {
        ClockVerdict.Questioned q = questioned(facts("2027-07-01T08:50:00", Optional.of("2027-09-06T08:50:00"),
                Optional.empty()));
        assertInstanceOf(ClockRule.EarlierThanRecorded.class, q.rule());
    }

    @Test
    @DisplayName("a clock set back is named for that first, before any other doubt")
    void firstRuleDecides() {
        ClockVerdict.Questioned q = questioned(facts("2026-08-01T08:00:00", Optional.of("2026-11-23T08:50:00"),
                Optional.empty()));
        assertInstanceOf(ClockRule.EarlierThanRecorded.class, q.rule());
    }
}
