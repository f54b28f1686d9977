package lategate.app;

/**
 * How much work each PIN hash takes: the PBKDF2 iterations a new hash is made with, and the decoy
 * checked in place of an account's, so an unknown username costs what a real one does. Production
 * always uses {@link #STANDARD}; nothing else in the product makes one (an ArchUnit rule in the
 * tests holds it to that). Tests of rules and screens pass a cheaper one through their fixtures,
 * never below {@link PinHash#MIN_ITERATIONS}, so what they store still reads back as a PIN hash.
 */
public final class PinCost {

    /** What lategate hashes every PIN with. */
    public static final PinCost STANDARD = new PinCost(PinHash.DEFAULT_ITERATIONS);

    private final int iterations;

    private PinCost(int iterations) {
        if (iterations < PinHash.MIN_ITERATIONS || iterations > PinHash.MAX_ITERATIONS) {
            throw new IllegalArgumentException(iterations + " iterations: a PIN hash takes "
                    + PinHash.MIN_ITERATIONS + " to " + PinHash.MAX_ITERATIONS);
        }
        this.iterations = iterations;
    }

    /** A cost of {@code iterations}: for tests, which must not pay production's on every account they make. */
    public static PinCost ofIterations(int iterations) {
        return new PinCost(iterations);
    }

    public int iterations() {
        return iterations;
    }

    @Override
    public String toString() {
        return "PinCost[" + iterations + " iterations]";
    }
}
