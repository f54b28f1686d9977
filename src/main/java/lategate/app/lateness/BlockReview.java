package lategate.app.lateness;

import java.util.List;

/**
 * A block as the lead reviews it: every pupil with a late mark in it or a stage carried into it,
 * most concerning first (threshold reached, approaching, stage rising, biggest rise in late marks).
 * Proposals exist only once the block has ended and the school has a ladder.
 */
public record BlockReview(BlockSpan span, boolean ended, boolean hasLadder, List<BlockRow> rows) {

    public BlockReview {
        rows = List.copyOf(rows);
    }
}
