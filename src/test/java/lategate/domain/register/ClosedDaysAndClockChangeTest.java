package lategate.domain.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import lategate.TestSchools;
import lategate.domain.calendar.ClosureKind;
import lategate.domain.calendar.DayStatus;
import lategate.domain.school.School;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Days the school is closed are not school days (DOMAIN; Oak Meadow §7 '#'), and school time is
 * Europe/London on both sides of the October clock change (25 October 2026).
 */
class ClosedDaysAndClockChangeTest {

    @ParameterizedTest(name = "{0}: Saturday 28 November is not marked")
    @ValueSource(strings = {"oak-meadow", "russell", "psa", "kts", "seagrave"})
    void weekendArrivalGetsNoMark(String id) {
        School school = TestSchools.load(id);
        Classification c = school.registerRules().classify(TestSchools.local(school, "2026-11-28T09:30:00"));
        assertEquals(Mark.NONE, c.mark());
        assertTrue(c.explanation().contains("weekend"), c.explanation());
    }

    static Stream<Arguments> insetDays() {
        return Stream.of("oak-meadow", "russell", "psa", "kts", "seagrave").map(id -> {
            School school = TestSchools.load(id);
            LocalDate inset = school.calendar().closures().stream()
                    .filter(c -> c.kind() == ClosureKind.INSET)
                    .filter(c -> c.starts().getDayOfWeek().getValue() <= 5)
                    .findFirst().orElseThrow(() -> new AssertionError(id + " ships no INSET day")).starts();
            return Arguments.of(id, inset);
        });
    }

    @ParameterizedTest(name = "{0}: INSET day {1} is not marked")
    @MethodSource("insetDays")
    void insetDayArrivalGetsNoMark(String id, LocalDate inset) {
        School school = TestSchools.load(id);
        Classification c = school.registerRules().classify(TestSchools.local(school, inset + "T09:45:00"));
        assertEquals(Mark.NONE, c.mark());
        assertTrue(school.calendar().statusOf(inset) instanceof DayStatus.Closed);
        assertTrue(c.explanation().contains("INSET"), c.explanation());
    }

    @Test
    @DisplayName("in the week of the October clock change 09:10 BST is U at Russell, whether typed as school time or UTC")
    void arrivalInClockChangeWeekUsesBritishSummerTime() {
        School russell = TestSchools.load("russell");
        Classification local = russell.registerRules().classify(TestSchools.local(russell, "2026-10-23T09:10:00"));
        Classification utc = russell.registerRules().classify(Instant.parse("2026-10-23T08:10:00Z"));
        assertEquals(Mark.U, local.mark());
        assertEquals(local, utc);
        assertEquals(25, utc.minutesLate());
        Classification hourEarlierInUtc = russell.registerRules().classify(Instant.parse("2026-10-23T09:09:59Z"));
        assertEquals(Mark.U, hourEarlierInUtc.mark(), "09:09:59Z is 10:09:59 BST");
    }

    @Test
    @DisplayName("after the clock change 09:09:59 GMT is L at Russell and 09:10:00Z is U")
    void arrivalAfterClockChangeUsesGreenwichMeanTime() {
        School russell = TestSchools.load("russell");
        Classification l = russell.registerRules().classify(Instant.parse("2026-11-02T09:09:59Z"));
        assertEquals(Mark.L, l.mark());
        assertEquals(24, l.minutesLate());
        assertEquals(Mark.U, russell.registerRules().classify(Instant.parse("2026-11-02T09:10:00Z")).mark());
    }

    @Test
    @DisplayName("Monday 26 October, after the clocks went back, is half term at Russell: no mark")
    void halfTermAfterTheClockChangeIsClosed() {
        School russell = TestSchools.load("russell");
        Classification c = russell.registerRules().classify(TestSchools.local(russell, "2026-10-26T09:00:00"));
        assertEquals(Mark.NONE, c.mark());
        assertTrue(c.explanation().contains("holiday"), c.explanation());
    }
}
