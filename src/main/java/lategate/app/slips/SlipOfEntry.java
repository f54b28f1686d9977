package lategate.app.slips;

import java.util.Optional;
import lategate.app.LateBookEntry;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.entry.SessionEntry;
import lategate.domain.register.Mark;
import lategate.domain.school.School;
import lategate.domain.slip.LateSlip;

/**
 * A late slip made again from the register as it stands (the Late Book's entry, the one resolution of the
 * session): for slips printed again after the kiosk has forgotten which it missed. An entry no longer L or U
 * (a claim confirmed as M, an amendment) has no slip.
 */
public final class SlipOfEntry {

    private SlipOfEntry() {
    }

    public static Optional<LateSlip> of(School school, LateBookEntry line) {
        SessionEntry e = line.entry();
        if (!e.isLate() || e.minutesLate().isEmpty()) {
            return Optional.empty();
        }
        Mark mark = e.code() == AttendanceCode.L ? Mark.L : Mark.U;
        java.time.Instant at = e.arrival().map(a -> a.arrivedAt()).orElse(e.at());
        return Optional.of(new LateSlip(school.name(), line.givenName() + " " + line.familyName(), line.className(),
                at.atZone(school.zone()).toLocalDateTime(), mark, e.register(), e.minutesLate().getAsLong(),
                e.reason().orElse("not given"), e.consequence()));
    }
}
