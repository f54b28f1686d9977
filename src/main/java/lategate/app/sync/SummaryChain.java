package lategate.app.sync;

import java.util.Objects;
import java.util.Optional;
import lategate.app.integrity.ChainHead;

/**
 * The register chain as a summary carries it (docs/tamper-evidence.md, "The hub"): its head when
 * the summary was made; the hash of its first entry, which names the chain (kiosks on separate
 * database files have separate chains); and, for the head the summary made before this one
 * carried, the hash the chain holds at that entry now. A hub holding that earlier head sees at
 * once whether the history it was sent was rewritten since. Never part of a summary's content
 * digest: the head moves with every scan, and that alone is no new version of a day.
 */
public record SummaryChain(ChainHead head, Optional<String> first, Optional<Earlier> earlier) {

    /** The earlier head's entry, and what the chain holds there now (empty: no such entry any more). */
    public record Earlier(long seq, Optional<String> hashNow) {
        public Earlier {
            Objects.requireNonNull(hashNow, "hashNow");
        }
    }

    public SummaryChain {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(earlier, "earlier");
    }
}
