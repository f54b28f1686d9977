package lategate.app.integrity;

import java.util.Optional;

/**
 * The register chain as a daily summary quotes it (docs/tamper-evidence.md, "The hub"): its head
 * now, and the hash it holds now at an earlier entry, so the hub can see whether the history it
 * was sent before still leads to today's head.
 */
public interface ChainHeads {

    /** The chain's last entry now (0 and the zero hash when empty). */
    ChainHead head();

    /** The chain hash of entry {@code seq} now; the zero hash for 0, empty when there is no such entry. */
    Optional<String> hashAt(long seq);
}
