package lategate.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Arabic joined and laid out right to left for a PDF, by Unicode's Arabic Presentation Forms
 * (The Unicode Standard, ch. 9.2, "Arabic": cursive joining) and the Bidirectional Algorithm (UAX #9).
 */
class RightToLeftTest {

    @Test
    @DisplayName("each letter takes its joined form: ليلى is lam initial, yeh medial, lam medial, alef maksura final")
    void lettersJoin() {
        assertEquals("\uFEDF\uFEF4\uFEE0\uFEF0", RightToLeft.shaped("ليلى"));
    }

    @Test
    @DisplayName("a letter joining on its right only ends the join: in حداد, dal and alef take the next letter's start")
    void rightJoiningLettersBreakTheJoin() {
        assertEquals("\uFEA3\uFEAA\uFE8D\uFEA9", RightToLeft.shaped("حداد"));
    }

    @Test
    @DisplayName("lam then alef is one ligature, final after a joining letter: سلام")
    void lamAlef() {
        assertEquals("\uFEB3\uFEFC\uFEE1", RightToLeft.shaped("سلام"));
    }

    @Test
    @DisplayName("a right-to-left name is drawn reversed, words in right-to-left order; a Latin name is left alone")
    void drawnRightToLeft() {
        assertEquals("\uFEA9\uFE8D\uFEAA\uFEA3 \uFEF0\uFEE0\uFEF4\uFEDF", RightToLeft.visual("ليلى حداد"));
        assertEquals("Thảo Nguyễn", RightToLeft.visual("Thảo Nguyễn"));
    }

    @Test
    @DisplayName("a mark (haraka) stays after its letter when the run is reversed, so it sits on that letter")
    void marksStayWithTheirLetter() {
        // beh with fatha, then alef: visual is alef (final), then beh (initial) and its fatha.
        assertEquals("\uFE8E\uFE91\u064E", RightToLeft.visual("\u0628\u064E\u0627"));
    }
}
