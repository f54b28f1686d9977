package lategate.fakes;

import lategate.app.PinCost;
import lategate.app.PinHash;

/**
 * The PIN-hash cost for tests of rules and screens: the fewest iterations a hash may have and still
 * be read back, about twenty times cheaper than production's. Tests that are about the cost itself
 * (the decoy, the iterations written) use {@link PinCost#STANDARD}.
 */
public final class CheapPins {

    public static final PinCost COST = PinCost.ofIterations(PinHash.MIN_ITERATIONS);

    private CheapPins() {
    }

    /** A hash of {@code pin} at the cheap cost. */
    public static PinHash hash(String pin) {
        return PinHash.of(pin.toCharArray(), new java.security.SecureRandom(), COST);
    }
}
