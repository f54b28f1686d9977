package lategate.store;

import java.util.List;

/**
 * What a roster import changed. Leavers are kept with their history; their badges stop working.
 *
 * @param movedYearGroup pupils on roll before and after whose year group changed (a new year's roster moves
 *                       them up), counted within {@code updated}: each keeps their history, since it is the
 *                       same pupil (docs/rollover.md)
 */
public record RosterChanges(int added, int updated, int unchanged, int rejoined, List<String> leavers,
                            int movedYearGroup) {
}
