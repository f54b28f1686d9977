package lategate.domain.register;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import lategate.TestSchools;
import lategate.domain.school.School;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every register's taken and close time, at minus one second, exactly, and plus one second, for
 * each of the five schools. The times are typed here from the policies, not read from the
 * shipped files, so a profile that drifts from its policy fails.
 */
class RegisterWindowsOfTheFiveSchoolsTest {

    /** A school's register times as its policy states them, with the section. */
    record PolicyTimes(String school, String cites, String amTaken, String amCloses, String pmTaken, String pmCloses) {
    }

    static final List<PolicyTimes> POLICIES = List.of(
            // Oak Meadow §5: "marked by 8:45am", "will close at 9:30am"; §11: classes by 1:20pm; §5: PM by 1:30pm.
            new PolicyTimes("oak-meadow", "Oak Meadow §5, §11", "08:45", "09:30", "13:20", "13:30"),
            // Russell §4: register at 8.45am, L "before 9.10am", U after; afternoon at 1.15pm (close: school to confirm).
            new PolicyTimes("russell", "Russell §4", "08:45", "09:10", "13:15", "13:40"),
            // PSA §I: "taken at 8:00am and will be kept open until 8:15am"; lesson registers, first 15 minutes.
            new PolicyTimes("psa", "PSA §I", "08:00", "08:15", "13:00", "13:15"),
            // KTS §4.1: "taken at 9:10am and will be kept open until 9:30am"; afternoon at its start.
            new PolicyTimes("kts", "KTS §4.1", "09:10", "09:30", "13:00", "13:20"),
            // Seagrave §7.1/§8: "taken at 8.45 and will be kept open until 9.00"; afternoon at 13.00.
            new PolicyTimes("seagrave", "Seagrave §7.1, §8", "08:45", "09:00", "13:00", "13:15"));

    static final String SCHOOL_DAY = "2026-11-23"; // a Monday in the autumn term at every school

    static Stream<Arguments> boundaries() {
        List<Arguments> cases = new ArrayList<>();
        for (PolicyTimes p : POLICIES) {
            addRegister(cases, p, Register.AM, LocalTime.parse(p.amTaken()), LocalTime.parse(p.amCloses()));
            addRegister(cases, p, Register.PM, LocalTime.parse(p.pmTaken()), LocalTime.parse(p.pmCloses()));
        }
        return cases.stream();
    }

    private static void addRegister(List<Arguments> cases, PolicyTimes p, Register register, LocalTime taken,
                                    LocalTime closes) {
        long windowMinutes = java.time.Duration.between(taken, closes).toMinutes();
        // Before the morning register, on time. Before the afternoon one, the morning is already U.
        Mark before = register == Register.AM ? Mark.ON_TIME : Mark.U;
        Register beforeRegister = Register.AM; // before either register is taken, the arrival is the morning's
        cases.add(Arguments.of(p, taken.minusSeconds(1), before, beforeRegister, register == Register.AM ? 0L : -1L));
        cases.add(Arguments.of(p, taken, Mark.L, register, 0L));
        cases.add(Arguments.of(p, taken.plusSeconds(1), Mark.L, register, 0L));
        cases.add(Arguments.of(p, closes.minusSeconds(1), Mark.L, register, windowMinutes - 1));
        cases.add(Arguments.of(p, closes, Mark.U, register, windowMinutes));
        cases.add(Arguments.of(p, closes.plusSeconds(1), Mark.U, register, windowMinutes));
    }

    @ParameterizedTest(name = "{0}: arrival at {1} is {2} for the {3} register")
    @MethodSource("boundaries")
    void arrivalAroundEachRegisterBoundary(PolicyTimes policy, LocalTime time, Mark expected, Register register,
                                           long minutesLate) {
        School school = TestSchools.load(policy.school());
        Classification c = school.registerRules()
                .classify(LocalDateTime.parse(SCHOOL_DAY + "T" + time).atZone(school.zone()).toInstant());

        assertEquals(expected, c.mark(), policy.cites() + ": " + c.explanation());
        assertEquals(register, c.register().orElseThrow(), policy.cites() + ": " + c.explanation());
        if (minutesLate >= 0) {
            assertEquals(minutesLate, c.minutesLate(), policy.cites() + ": " + c.explanation());
        }
    }
}
