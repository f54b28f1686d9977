package lategate.app.lateness;

import java.time.LocalDate;
import lategate.domain.lateness.Block;

/** A block with its first and last school days. */
public record BlockSpan(Block block, LocalDate firstSchoolDay, LocalDate lastSchoolDay) {

    /** Ended once its last school day has come: proposals are made at a block's end. */
    public boolean endedBy(LocalDate today) {
        return !today.isBefore(lastSchoolDay);
    }

    /** "block 3 (school weeks 9-12, 2 Nov to 27 Nov 2026)". */
    public String words() {
        return "block " + block.number() + " (school weeks " + block.firstWeek() + "-" + block.lastWeek() + ", "
                + firstSchoolDay + " to " + lastSchoolDay + ")";
    }
}
