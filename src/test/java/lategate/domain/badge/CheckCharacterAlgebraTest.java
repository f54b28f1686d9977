package lategate.domain.badge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Why the check character refuses every code, not only the ones tried: the operation it folds
 * a code through is checked here over all 36 × 36 × 36 values.
 */
class CheckCharacterAlgebraTest {

    private static final int N = CheckCharacter.ALPHABET.length();

    @Test
    @DisplayName("each row and column of the operation is a permutation: one character changed always changes the fold")
    void quasigroup() {
        for (int x = 0; x < N; x++) {
            Set<Integer> row = new HashSet<>();
            Set<Integer> column = new HashSet<>();
            for (int y = 0; y < N; y++) {
                row.add(CheckCharacter.op(x, y));
                column.add(CheckCharacter.op(y, x));
            }
            assertEquals(N, row.size(), "row " + x);
            assertEquals(N, column.size(), "column " + x);
        }
    }

    @Test
    @DisplayName("(c∘x)∘y differs from (c∘y)∘x whenever x differs from y: two neighbours swapped always change the fold")
    void totallyAntiSymmetric() {
        for (int c = 0; c < N; c++) {
            for (int x = 0; x < N; x++) {
                for (int y = 0; y < N; y++) {
                    if (x != y) {
                        assertNotEquals(CheckCharacter.op(CheckCharacter.op(c, x), y),
                                CheckCharacter.op(CheckCharacter.op(c, y), x), c + ", " + x + ", " + y);
                    }
                }
            }
        }
    }

    @Test
    @DisplayName("a code and its check character hold; a leading 0 added or dropped does not")
    void leadingZeroCounts() {
        String code = "0123" + CheckCharacter.of("0123").orElseThrow();
        assertTrue(CheckCharacter.holds(code));
        assertFalse(CheckCharacter.holds(code.substring(1)), "0123 with its 0 dropped");
        assertFalse(CheckCharacter.holds("0" + code), "0123 with a 0 added");
    }
}
