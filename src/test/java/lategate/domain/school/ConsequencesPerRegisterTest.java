package lategate.domain.school;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import lategate.TestSchools;
import lategate.domain.register.Classification;
import lategate.domain.register.Mark;
import lategate.domain.register.Register;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * PSA §J: "After the register has closed lateness will result in a lunchtime detention on the
 * same day." An afternoon U happens after lunch, so the detention belongs to the morning only.
 */
class ConsequencesPerRegisterTest {

    private final School psa = TestSchools.load("psa");

    private Optional<String> consequenceAt(String localTime) {
        Classification c = psa.registerRules().classify(TestSchools.local(psa, "2026-11-23T" + localTime));
        return c.register().flatMap(r -> psa.consequenceOf(c.mark(), r));
    }

    @Test
    @DisplayName("at PSA a morning U earns the lunchtime detention (§J)")
    void morningUHasTheDetention() {
        assertEquals(Optional.of("Lunchtime detention today"), consequenceAt("08:40:00"));
    }

    @Test
    @DisplayName("at PSA an afternoon U, after lunch, has no lunchtime detention")
    void afternoonUHasNone() {
        Classification c = psa.registerRules().classify(TestSchools.local(psa, "2026-11-23T13:30:00"));
        assertEquals(Mark.U, c.mark());
        assertEquals(Optional.of(Register.PM), c.register());
        assertEquals(Optional.empty(), consequenceAt("13:30:00"));
    }

    @Test
    @DisplayName("at PSA a late mark before close has no consequence in either register")
    void lBeforeCloseHasNone() {
        assertEquals(Optional.empty(), consequenceAt("08:10:00"));
        assertEquals(Optional.empty(), consequenceAt("13:05:00"));
    }

    @Test
    @DisplayName("consequences given for both registers apply to each")
    void forBothRegisters() {
        Consequences both = Consequences.forBothRegisters(Map.of(Mark.L, "See your tutor"));
        assertEquals(Optional.of("See your tutor"), both.of(Mark.L, Register.AM));
        assertEquals(Optional.of("See your tutor"), both.of(Mark.L, Register.PM));
        assertEquals(Optional.empty(), both.of(Mark.U, Register.PM));
    }
}
