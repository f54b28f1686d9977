package lategate.domain.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The one place that decides whether a school's register times make a day; settings reuse its words. */
class TimetableProblemsTest {

    private static final RegisterWindow MORNING = new RegisterWindow(Register.AM, LocalTime.of(8, 45),
            LocalTime.of(9, 20), "§4");
    private static final RegisterWindow AFTERNOON = new RegisterWindow(Register.PM, LocalTime.of(13, 15),
            LocalTime.of(13, 45), "§4");

    @Test
    @DisplayName("grace that runs into the afternoon and past the end of the day gives both problems, each on its field")
    void bothClashesAreListed() {
        List<TimetableProblem> problems = RegisterTimetable.problems(MORNING, AFTERNOON, Duration.ofMinutes(240),
                LocalTime.of(15, 15));
        assertEquals(List.of(TimetableProblem.Field.AFTERNOON_TAKEN, TimetableProblem.Field.DAY_ENDS),
                problems.stream().map(TimetableProblem::field).toList());
        assertTrue(problems.get(0).message().contains("overlap"), problems.toString());
        assertTrue(problems.get(0).message().contains("240 minutes' grace"), problems.toString());
        assertTrue(problems.get(1).message().contains("the school day ends at 15:15"), problems.toString());
    }

    @Test
    @DisplayName("times that make a day have no problems")
    void aGoodDayHasNone() {
        assertEquals(List.of(), RegisterTimetable.problems(MORNING, AFTERNOON, Duration.ZERO, LocalTime.of(15, 15)));
    }

    @Test
    @DisplayName("the constructor refuses a timetable with the same words the settings file would show")
    void constructorUsesTheSameWords() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RegisterTimetable(MORNING, AFTERNOON, Duration.ZERO, LocalTime.of(13, 30)));
        assertEquals(RegisterTimetable.problems(MORNING, AFTERNOON, Duration.ZERO, LocalTime.of(13, 30)).get(0).message(),
                e.getMessage());
    }

    @Test
    @DisplayName("grace that runs past midnight is a clash, not an early time")
    void graceWrappingMidnightIsAClash() {
        RegisterWindow lateAfternoon = new RegisterWindow(Register.PM, LocalTime.of(13, 15), LocalTime.of(23, 0), "§4");
        List<TimetableProblem> problems = RegisterTimetable.problems(MORNING, lateAfternoon, Duration.ofMinutes(120),
                LocalTime.of(23, 30));
        assertEquals(List.of(TimetableProblem.Field.DAY_ENDS), problems.stream().map(TimetableProblem::field).toList());
    }
}
