package lategate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.function.Supplier;

/**
 * For values whose equals and hashCode are written out rather than generated (docs/architecture.md,
 * "Where a report's time goes, cold"): they must still mean what a record's do.
 */
public final class EqualByParts {

    private EqualByParts() {
    }

    /**
     * {@code same} made twice gives equal values with equal hashes, equal to nothing else; each of
     * {@code others} differs from it in one part and is not equal to it, either way round.
     */
    public static void equalByEveryPart(Supplier<Object> same, List<Object> others) {
        Object a = same.get();
        Object b = same.get();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, null);
        assertNotEquals(a, "not a value");
        for (Object other : others) {
            assertNotEquals(a, other, "differs in one part: " + other);
            assertNotEquals(other, a, "differs in one part: " + other);
        }
    }
}
