package lategate.domain.badge;

import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The school's secret for signing the QR codes on its badges (HMAC-SHA256). It never prints
 * itself: a key in a log or an exception message would let anyone make badges.
 */
public final class BadgeKey {

    /** 256 bits, as HMAC-SHA256 wants; shorter keys are refused. */
    public static final int BYTES = 32;

    private final byte[] secret;

    public BadgeKey(byte[] secret) {
        if (secret.length < BYTES) {
            throw new IllegalArgumentException("a badge key needs " + BYTES + " bytes, this has " + secret.length);
        }
        this.secret = secret.clone();
    }

    /** The signature of {@code text}: the first 16 bytes of its HMAC-SHA256 (128 bits, plenty against forgery). */
    byte[] sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(text.getBytes(java.nio.charset.StandardCharsets.US_ASCII)), 16);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("this Java has no HmacSHA256, which every Java 17 has", e);
        }
    }

    /** Whether {@code signature} is the one this key gives {@code text}, compared in constant time. */
    boolean signed(String text, byte[] signature) {
        return MessageDigest.isEqual(sign(text), signature);
    }

    /** The secret, for writing to its file only. */
    public byte[] bytes() {
        return secret.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BadgeKey other && MessageDigest.isEqual(secret, other.secret);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(secret);
    }

    @Override
    public String toString() {
        return "BadgeKey[secret withheld]";
    }
}
