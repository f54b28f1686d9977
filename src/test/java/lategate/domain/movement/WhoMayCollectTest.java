package lategate.domain.movement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.pupil.AuthorisedAdult;
import lategate.domain.register.MedicalEvidenceRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The collection rule as the domain answers it (docs/domain.md, "Safeguarding at sign-out";
 * Seagrave §12.2): the corners the command-line tests do not reach.
 */
class WhoMayCollectTest {

    private static final Instant AT = Instant.parse("2026-11-23T11:00:00Z");
    private static final CollectionRule RULE = new CollectionRule("Attendance Policy §12.2");

    private static CollectionRule.Listed listed(AuthorisedAdult... adults) {
        return new CollectionRule.Listed("Oscar Begum (D0001)", List.of(adults), "listed in contacts.csv");
    }

    private static AuthorisedAdult may(String name, String relationship) {
        return new AuthorisedAdult("D0001", name, relationship, true, Optional.of("07700 900001"));
    }

    private static AuthorisedAdult mayNot(String name, String relationship) {
        return new AuthorisedAdult("D0001", name, relationship, false, Optional.empty());
    }

    private static CollectionRule.Outcome decide(CollectionRule.Listed listed, String collector, String relationship,
                                                 String confirmer) {
        return RULE.decide(listed, new CollectionRule.Request(collector, relationship, Optional.ofNullable(confirmer),
                AT));
    }

    @Test
    @DisplayName("a name listed both as may collect and as may not collect is treated as may not collect")
    void mayNotCollectStandsOverADuplicate() {
        CollectionRule.Listed both = listed(may("Pat Begum", "mother"), mayNot("pat begum", "mother"));
        CollectionRule.Refused refused = assertInstanceOf(CollectionRule.Refused.class,
                decide(both, "Pat Begum", "", null));
        assertTrue(refused.why().startsWith("DO NOT RELEASE to pat begum (mother)"), refused.why());
    }

    @Test
    @DisplayName("accents, case, hyphens and spaces do not tell a listed adult apart; the record keeps the name as listed")
    void foldedNames() {
        CollectionRule.Listed family = listed(may("Zoë O'Neill-Price", "mother"), mayNot("Gran", "grandmother"));
        CollectionRule.Allowed allowed = assertInstanceOf(CollectionRule.Allowed.class,
                decide(family, " zoe oneill price ", "", null));
        assertEquals("Zoë O'Neill-Price", allowed.collection().collectorName());
        assertTrue(allowed.collection().onTheList());
        assertInstanceOf(CollectionRule.Refused.class, decide(family, "GRAN", "", null));
    }

    @Test
    @DisplayName("only adults listed as may collect confirm, and never the collector; nobody may when none may collect")
    void whoMayConfirm() {
        CollectionRule.Listed family = listed(may("Pat Begum", "mother"), may("Sam Begum", "father"),
                mayNot("Gran", "grandmother"));
        assertEquals(List.of("Sam Begum"), CollectionRule.mayConfirm(family, "pat begum").stream()
                .map(AuthorisedAdult::name).toList());
        CollectionRule.Refused none = assertInstanceOf(CollectionRule.Refused.class,
                decide(listed(mayNot("Gran", "grandmother")), "Ann Begum", "aunt", "Gran"));
        assertTrue(none.why().contains("never confirms"), none.why());
        CollectionRule.Refused missing = assertInstanceOf(CollectionRule.Refused.class,
                decide(family, "Ann Begum", "aunt", null));
        assertEquals(CollectionRule.Missing.CONFIRMATION, missing.missing());
        CollectionRule.Refused relationship = assertInstanceOf(CollectionRule.Refused.class,
                decide(family, "Ann Begum", " ", "Sam Begum"));
        assertEquals(CollectionRule.Missing.RELATIONSHIP, relationship.missing());
    }

    @Test
    @DisplayName("M needs evidence only where the school's rule says so, and no other code does (Seagrave §12.2)")
    void medicalEvidence() {
        MedicalEvidenceRule seagrave = new MedicalEvidenceRule(true, "Attendance Policy §12.2");
        assertTrue(seagrave.refusal(AttendanceCode.M, false).orElseThrow().contains("(Attendance Policy §12.2)"));
        assertEquals(Optional.empty(), seagrave.refusal(AttendanceCode.M, true));
        assertEquals(Optional.empty(), seagrave.refusal(AttendanceCode.C, false));
        assertEquals(Optional.empty(), MedicalEvidenceRule.NOT_REQUIRED.refusal(AttendanceCode.M, false));
    }
}
