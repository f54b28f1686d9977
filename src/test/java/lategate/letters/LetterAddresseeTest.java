package lategate.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import lategate.StoreFixture;
import lategate.app.lateness.BlockSpan;
import lategate.domain.audit.StaffIdentity;
import lategate.domain.lateness.Block;
import lategate.domain.lateness.BlockTally;
import lategate.domain.lateness.Stage;
import lategate.domain.lateness.StageDecision;
import lategate.domain.pupil.AuthorisedAdult;
import lategate.domain.pupil.Pupil;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Whom a stage letter is addressed to: never an adult the pupil must not be released to, who may be
 * barred by a court order (the DfE's "Understanding and dealing with issues relating to parental
 * responsibility"; docs/receptionist.md, "Contacts").
 */
class LetterAddresseeTest {

    private static final Pupil AMELIA = StoreFixture.pupil("D1", "Amelia", "Jones", "4B", "DEMO0001");
    private static final Block BLOCK = new Block(2);

    private static String parentName(List<AuthorisedAdult> contacts) {
        StageDecision decision = new StageDecision("D1", BLOCK, Stage.NONE, new Stage(1), new Stage(1),
                StageDecision.Kind.CONFIRMED, new StaffIdentity("Sam Head", "Headteacher"), Optional.empty(),
                Instant.parse("2026-11-23T16:00:00Z"));
        return LetterFields.of("A School", LocalDate.of(2026, 11, 23), AMELIA, contacts,
                new BlockSpan(BLOCK, LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 30)),
                new BlockTally(BLOCK, "D1", 3, 0, 30, OptionalInt.empty()), 0, decision).get("parent_name");
    }

    @Test
    @DisplayName("the letter goes to the first adult listed who is not marked do not release, or to Parent/Carer")
    void neverToAnAdultMarkedDoNotRelease() {
        AuthorisedAdult father = new AuthorisedAdult("D1", "Tom Jones", "father", false, List.of(), Optional.of(true),
                true);
        AuthorisedAdult mother = new AuthorisedAdult("D1", "Sarah Jones", "mother", true, Optional.of("07700 900125"));
        assertEquals("Sarah Jones", parentName(List.of(father, mother)));
        assertEquals("Parent/Carer", parentName(List.of(father)));
        assertEquals("Sarah Jones", parentName(List.of(mother, father)));
    }
}
