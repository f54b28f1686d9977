package lategate.domain.movement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lategate.domain.pupil.AuthorisedAdult;
import lategate.domain.pupil.Phone;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An adult marked do not release: the stronger form of may not collect, for a court order or a
 * safeguarding instruction (DfE, "Understanding and dealing with issues relating to parental
 * responsibility": a school treats every parent alike unless a court order limits one; "Keeping
 * children safe in education"; docs/receptionist.md, "Contacts"; Seagrave §12.2: "No pupil will be
 * allowed to leave the school site without parental confirmation").
 */
class DoNotReleaseTest {

    private static final CollectionRule RULE = new CollectionRule("Attendance Policy §12.2");
    private static final Instant AT = Instant.parse("2026-11-23T11:00:00Z");

    private static AuthorisedAdult may(String name, String relationship) {
        return new AuthorisedAdult("D0001", name, relationship, true,
                List.of(new Phone("07700 900001", Optional.of("mobile"))), Optional.of(true), false);
    }

    private static AuthorisedAdult doNotRelease(String name, String relationship) {
        return new AuthorisedAdult("D0001", name, relationship, false, List.of(), Optional.of(true), true);
    }

    private static CollectionRule.Listed listed(AuthorisedAdult... adults) {
        return new CollectionRule.Listed("pupil D0001", List.of(adults), "listed in contacts.csv");
    }

    private static CollectionRule.Outcome decide(CollectionRule.Listed listed, String collector, String confirmer) {
        return RULE.decide(listed, new CollectionRule.Request(collector, "father", Optional.ofNullable(confirmer), AT));
    }

    @Test
    @DisplayName("an adult marked do not release is refused as collector even with a listed parent's confirmation, "
            + "in words that say never, and whom to tell")
    void refusedAsCollectorWhoeverConfirms() {
        CollectionRule.Listed family = listed(may("Pat Begum", "mother"), doNotRelease("Tom Begum", "father"));
        CollectionRule.Refused refused = assertInstanceOf(CollectionRule.Refused.class,
                decide(family, "tom  BEGUM", "Pat Begum"));
        assertEquals(CollectionRule.Missing.NOTHING, refused.missing());
        assertTrue(refused.why().startsWith("DO NOT RELEASE to Tom Begum (father): NEVER to be given the pupil (a "
                + "court order or safeguarding instruction): keep the pupil in school and tell the designated "
                + "safeguarding lead now for pupil D0001"), refused.why());
        assertTrue(refused.why().contains("an adult marked do not release is never given the pupil, whoever "
                + "confirms (Attendance Policy §12.2)"), refused.why());
        assertTrue(refused.why().contains("listed as may collect: Pat Begum, mother, 07700 900001 (mobile)"),
                refused.why());
    }

    @Test
    @DisplayName("an adult marked do not release never confirms someone else")
    void neverConfirms() {
        CollectionRule.Refused refused = assertInstanceOf(CollectionRule.Refused.class,
                decide(listed(may("Pat Begum", "mother"), doNotRelease("Tom Begum", "father")), "Ann Begum",
                        "Tom Begum"));
        assertTrue(refused.why().startsWith("Tom Begum (father) is listed for pupil D0001 as do not release"),
                refused.why());
    }

    @Test
    @DisplayName("a name listed both as may collect and as do not release is do not release, and do-not-release "
            + "adults are warned of first")
    void doNotReleaseStandsAndComesFirst() {
        AuthorisedAdult gran = new AuthorisedAdult("D0001", "Gran", "grandmother", false, Optional.empty());
        CollectionRule.Listed family = listed(gran, may("Tom Begum", "father"), doNotRelease("tom begum", "father"));
        assertTrue(family.named("Tom Begum").orElseThrow().doNotRelease());
        assertEquals(List.of("tom begum", "Gran"), family.mayNotCollect().stream().map(AuthorisedAdult::name).toList());
        assertEquals("DO NOT RELEASE to Gran (grandmother): listed as may not collect", CollectionRule.doNotRelease(gran),
                "may not collect keeps its words");
    }

    @Test
    @DisplayName("an adult cannot be both one who may collect and one never released to")
    void cannotBeBoth() {
        assertThrows(IllegalArgumentException.class, () -> new AuthorisedAdult("D0001", "Tom Begum", "father", true,
                List.of(Phone.of("07700 900002")), Optional.empty(), true));
    }
}
