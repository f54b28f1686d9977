package lategate.app;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A PIN kept only as a slow salted hash (PBKDF2-HMAC-SHA256 from the JDK), written as
 * {@code pbkdf2-sha256$ITERATIONS$SALT$HASH} so settings files can hold it without the PIN.
 */
public record PinHash(int iterations, byte[] salt, byte[] hash) {

    private static final String PREFIX = "pbkdf2-sha256";
    /** What lategate hashes with ({@link PinCost#STANDARD}); a constant, so neither class waits on the other to load. */
    static final int DEFAULT_ITERATIONS = 210_000;
    /** The fewest iterations a written hash may have and still be read. */
    public static final int MIN_ITERATIONS = 10_000;
    /**
     * The most iterations a hash may ask for: each PIN typed at the kiosk is worked through that
     * many times, so a hash asking for 2^31 froze the kiosk for good. Twice what lategate writes
     * leaves room for a stronger hash made elsewhere, and is still well under a second on a kiosk
     * (about 0.3 s for the default on a Raspberry Pi class board).
     */
    public static final int MAX_ITERATIONS = 2 * DEFAULT_ITERATIONS;

    /** A new hash of {@code pin} at the standard cost. */
    public static PinHash of(char[] pin, SecureRandom random) {
        return of(pin, random, PinCost.STANDARD);
    }

    /** A new hash of {@code pin}, as costly as {@code cost} says. */
    public static PinHash of(char[] pin, SecureRandom random, PinCost cost) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return new PinHash(cost.iterations(), salt, derive(pin, salt, cost.iterations()));
    }

    /**
     * A hash no PIN matches, as costly to check as one lategate writes: checked when there is no
     * account's hash to check (an unknown username, a locked or disabled account), so the time a
     * sign-in takes does not tell which usernames exist.
     */
    public static PinHash decoy() {
        return decoy(PinCost.STANDARD);
    }

    /** The decoy for hashes made at {@code cost}: as costly to check as they are. */
    public static PinHash decoy(PinCost cost) {
        byte[] salt = "lategate-decoy!!".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return new PinHash(cost.iterations(), salt, new byte[32]);
    }

    /** Reads the written form; throws IllegalArgumentException saying what is wrong with it. */
    public static PinHash parse(String text) {
        String[] parts = text.strip().split("\\$");
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            throw new IllegalArgumentException("is not a PIN hash: make one with 'lategate pin-hash'");
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            if (iterations < MIN_ITERATIONS) {
                throw new IllegalArgumentException("has too few iterations (" + iterations + ")");
            }
            if (iterations > MAX_ITERATIONS) {
                throw new IllegalArgumentException("has too many iterations (" + iterations + "; at most "
                        + MAX_ITERATIONS + ", or every PIN typed would freeze the kiosk): make one with "
                        + "'lategate pin-hash'");
            }
            return new PinHash(iterations, Base64.getDecoder().decode(parts[2]), Base64.getDecoder().decode(parts[3]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("is not a PIN hash: make one with 'lategate pin-hash'", e);
        }
    }

    /**
     * Whether {@code pin} is the one hashed. A hash over the cap (a database row written by hand)
     * matches nothing and is never worked through: one PIN must not freeze the kiosk.
     */
    public boolean matches(char[] pin) {
        if (iterations > MAX_ITERATIONS || iterations < 1) {
            return false;
        }
        return MessageDigest.isEqual(hash, derive(pin, salt, iterations));
    }

    public String written() {
        Base64.Encoder b64 = Base64.getEncoder();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    private static byte[] derive(char[] pin, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java 17 has PBKDF2WithHmacSHA256", e);
        }
    }

    @Override
    public String toString() {
        return "PinHash[" + PREFIX + ", " + iterations + " iterations]"; // never the hash itself in logs
    }

}
