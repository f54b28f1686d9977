package lategate.reports.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Small-number suppression as official statistics apply it (GSS/ONS statistical disclosure
 * control; DfE school statistics; ICO anonymisation guidance; UK GDPR Art. 5(1)(c) and (f)).
 */
class SmallNumbersTest {

    @Test
    @DisplayName("counts of 1 or 2 are \"fewer than 3\"; nought and 3 or more are shown")
    void counts() {
        assertEquals("0", SmallNumbers.count(0));
        assertEquals("fewer than 3", SmallNumbers.count(1));
        assertEquals("fewer than 3", SmallNumbers.count(2));
        assertEquals("3", SmallNumbers.count(3));
        assertEquals("<3", SmallNumbers.countShort(2));
    }

    @Test
    @DisplayName("a breakdown of fewer than 10 pupils is withheld")
    void groups() {
        assertFalse(SmallNumbers.groupShown(5));
        assertFalse(SmallNumbers.groupShown(9));
        assertTrue(SmallNumbers.groupShown(10));
    }

    @Test
    @DisplayName("secondary suppression: one hidden part of a shown total takes the smallest non-zero part with it")
    void complement() {
        // 1 + 12 + 0 + 30: with 1 hidden, 43 - 12 - 0 - 30 would give it back.
        assertEquals(Set.of(0, 1), SmallNumbers.withComplement(List.of(1L, 12L, 0L, 30L), Set.of(0)));
        assertEquals(Set.of(0, 2), SmallNumbers.withComplement(List.of(1L, 2L, 2L), Set.of(0, 2)),
                "two hidden: only their sum is known");
        assertEquals(Set.of(), SmallNumbers.withComplement(List.of(4L, 5L), Set.of()));
        assertEquals(Set.of(0), SmallNumbers.withComplement(List.of(4L), Set.of(0)), "one part is the total itself");
    }
}
