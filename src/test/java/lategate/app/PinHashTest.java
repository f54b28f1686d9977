package lategate.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PinHashTest {

    @Test
    @DisplayName("a hash asking for more iterations than the cap is refused by name and never worked through")
    void iterationsAreCapped() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PinHash.parse(
                "pbkdf2-sha256$2147483647$/g6+bwUoIuZW6+YDP+vwmQ==$781kTH3UhpHvijm18bVAIwWuOL0T3ABUskniYqNczqk="));
        assertTrue(e.getMessage().contains("too many iterations"), e.getMessage());
        PinHash stored = new PinHash(Integer.MAX_VALUE, new byte[16], new byte[32]);
        assertTimeoutPreemptively(Duration.ofSeconds(3), () -> assertFalse(stored.matches("1234".toCharArray())),
                "a hash over the cap (from a database row) is never worked through");
    }

    @Test
    @DisplayName("what lategate writes is within the cap, with room for a stronger hash")
    void defaultWithinTheCap() {
        int written = PinHash.of("1234".toCharArray(), new SecureRandom()).iterations();
        assertTrue(written < PinHash.MAX_ITERATIONS, written + " against " + PinHash.MAX_ITERATIONS);
        assertTrue(PinHash.parse(new PinHash(PinHash.MAX_ITERATIONS, new byte[16], new byte[32]).written())
                .iterations() == PinHash.MAX_ITERATIONS, "the cap itself is allowed");
    }

    @Test
    @DisplayName("the product hashes PINs with 210,000 PBKDF2 iterations, and its decoy costs the same")
    void productionCost() {
        assertEquals(210_000, PinCost.STANDARD.iterations());
        assertEquals(210_000, PinHash.of("1234".toCharArray(), new SecureRandom()).iterations());
        assertEquals(210_000, PinHash.decoy().iterations());
    }

    @Test
    @DisplayName("a cheaper cost is for tests, and still makes a hash that reads back; none below what parse takes")
    void cheaperCostsStayReadable() {
        PinCost cheap = PinCost.ofIterations(PinHash.MIN_ITERATIONS);
        PinHash hash = PinHash.of("1234".toCharArray(), new SecureRandom(), cheap);
        assertTrue(PinHash.parse(hash.written()).matches("1234".toCharArray()));
        assertEquals(cheap.iterations(), PinHash.decoy(cheap).iterations());
        assertThrows(IllegalArgumentException.class, () -> PinCost.ofIterations(PinHash.MIN_ITERATIONS - 1));
        assertThrows(IllegalArgumentException.class, () -> PinCost.ofIterations(PinHash.MAX_ITERATIONS + 1));
    }
}
