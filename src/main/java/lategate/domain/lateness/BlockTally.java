package lategate.domain.lateness;

import java.util.OptionalInt;

/**
 * One pupil's lateness in one block: how many L, how many U, the minutes late summed over them,
 * and the change in late marks (L + U) from the previous block, none in block 1.
 */
public record BlockTally(Block block, String pupilId, int lateL, int lateU, long minutesLate, OptionalInt change) {

    public int lateMarks() {
        return lateL + lateU;
    }
}
