package lategate.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lategate.StoreFixture;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.movement.CollectionRule;
import lategate.domain.pupil.AuthorisedAdult;
import lategate.domain.pupil.Pupil;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The sign-out form is a value: each answer makes a new form, and the one a screen shows never changes. */
class SignOutFormTest {

    private static final Pupil AMELIA = StoreFixture.pupil("D1", "Amelia", "Jones", "4B", "DEMO0001");
    private static final AuthorisedAdult MOTHER = new AuthorisedAdult("D1", "Sarah Jones", "mother", true,
            Optional.of("01234 567890"));

    private static CollectionRule.Listed listed(AuthorisedAdult... adults) {
        return new CollectionRule.Listed("Amelia Jones (D1)", List.of(adults), "contacts.csv");
    }

    @Test
    @DisplayName("every field is final: nothing outside the form can change it")
    void fieldsAreFinal() {
        for (Field f : SignOutForm.class.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                assertTrue(Modifier.isFinal(f.getModifiers()), f.getName() + " is not final");
            }
        }
    }

    @Test
    @DisplayName("an answer gives a new form and leaves the one answered as it was")
    void answersMakeNewForms() {
        SignOutForm start = SignOutForm.start(AMELIA, listed(MOTHER));
        SignOutForm coded = start.withCode(AttendanceCode.M);
        assertNotSame(start, coded);
        assertEquals(SignOutForm.Step.CODE, start.step());
        assertEquals(Optional.empty(), start.code());
        assertEquals(SignOutForm.Step.REASON, coded.step());
        assertEquals(Optional.of(AttendanceCode.M), coded.code());

        SignOutForm typing = coded.withTyping("dentist");
        SignOutForm reasoned = typing.withReason("dentist");
        assertEquals("dentist", typing.typing(), "the form being typed in keeps its text");
        assertEquals("", reasoned.typing(), "an answer in words clears the typing for the next question");
        assertEquals(SignOutForm.Step.COLLECTOR, reasoned.step());

        SignOutForm collected = reasoned.collectedBy(MOTHER).withEvidenceSeen(true)
                .withExpectedBack(Optional.empty());
        assertEquals(SignOutForm.Step.CHECK, collected.step());
        assertEquals(Optional.of(MOTHER), collected.collector());
        assertEquals(Optional.empty(), reasoned.collector());
    }

    @Test
    @DisplayName("someone else on the phone: the name, how they are related, then who confirmed and when")
    void someoneElse() {
        Instant at = Instant.parse("2026-11-23T10:30:00Z");
        SignOutForm form = SignOutForm.start(AMELIA, listed(MOTHER)).withCode(AttendanceCode.C).withReason("visit")
                .collectedBySomeoneElse().withOtherName("Ann Jones").withOtherRelationship("aunt")
                .confirmedByPhone(MOTHER, at);
        assertTrue(form.someoneElse());
        assertEquals(Optional.empty(), form.collector());
        assertEquals("Ann Jones (aunt)", form.otherName() + " (" + form.otherRelationship() + ")");
        assertEquals(Optional.of(at), form.confirmedAt());
        assertEquals(SignOutForm.Step.EVIDENCE, form.step());
    }

    @Test
    @DisplayName("a problem is shown until the next key, and the contacts given are copied, not shared")
    void problemsAndContacts() {
        List<AuthorisedAdult> contacts = new ArrayList<>(List.of(MOTHER));
        SignOutForm form = SignOutForm.start(AMELIA, new CollectionRule.Listed("Amelia Jones (D1)", contacts,
                "contacts.csv"));
        contacts.clear();
        assertEquals(List.of(MOTHER), form.listed().adults());
        assertThrows(UnsupportedOperationException.class, () -> form.listed().adults().clear());

        SignOutForm refused = form.withProblem("Say why Amelia is leaving, e.g. dentist");
        assertEquals(Optional.of("Say why Amelia is leaving, e.g. dentist"), refused.problem());
        assertEquals(Optional.empty(), refused.withoutProblem().problem());
        assertEquals(Optional.empty(), form.problem());
    }
}
