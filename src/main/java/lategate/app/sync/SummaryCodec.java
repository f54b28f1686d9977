package lategate.app.sync;

import java.util.Optional;
import lategate.app.integrity.ChainHead;

/**
 * Turns a summary into the bytes that travel: the same summary always gives the same bytes, so a
 * checksum made at the kiosk can be checked wherever the file lands.
 */
public interface SummaryCodec {

    byte[] encode(DailySummary summary);

    /** A digest of the content alone (no version, no time made): equal digests mean nothing changed. */
    String contentDigest(DayContent content);

    /** The register chain's head a summary's bytes carry; empty for a summary made before summaries carried it. */
    Optional<ChainHead> chainOf(byte[] body);

    /** The SHA-256 of bytes, as lower-case hex. */
    String sha256(byte[] bytes);
}
