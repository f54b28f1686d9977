package lategate.domain.lateness;

import java.time.LocalDate;
import java.util.Objects;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.register.Register;

/**
 * A register entry as it stands now (the pupil's arrival, then any amendments), with the whole
 * minutes late recorded at arrival. Only entries that stand as L or U count as late: a U
 * amended to M is no longer a late mark.
 */
public record LateEntry(String pupilId, LocalDate date, Register register, AttendanceCode code, long minutesLate) {

    public LateEntry {
        Objects.requireNonNull(pupilId, "pupilId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(code, "code");
    }

    public boolean isLate() {
        return code == AttendanceCode.L || code == AttendanceCode.U;
    }
}
