package lategate.domain.register;

import java.util.Optional;
import java.util.Set;
import lategate.domain.codes.AttendanceCode;

/**
 * Rules the 2024 code set (School Attendance (Pupil Registration) (England) Regulations 2024)
 * puts on where a code may be written, each a named rule with the words staff see when a code
 * does not fit.
 */
public final class CodeRules {

    private CodeRules() {
    }

    /**
     * Present in the morning session is {@code /} and present in the afternoon session is
     * {@code \} (2024 code set): each present code belongs to one register only.
     */
    public static final class PresentCodeForTheSession {

        private PresentCodeForTheSession() {
        }

        /** The one register this code may be written in, if it belongs to one. */
        public static Optional<Register> registerOf(AttendanceCode code) {
            return switch (code) {
                case PRESENT_AM -> Optional.of(Register.AM);
                case PRESENT_PM -> Optional.of(Register.PM);
                default -> Optional.empty();
            };
        }

        /** The present code of {@code reg}: {@code /} for the morning, {@code \} for the afternoon. */
        public static AttendanceCode presentCodeOf(Register reg) {
            return reg == Register.AM ? AttendanceCode.PRESENT_AM : AttendanceCode.PRESENT_PM;
        }

        /** Why {@code code} cannot be written in {@code reg}, naming the code to use, if it cannot. */
        public static Optional<String> refusal(AttendanceCode code, Register reg) {
            return registerOf(code).filter(own -> own != reg).map(own -> code.code() + " (" + code.meaning()
                    + ") is for " + own.words() + " registers only; for the " + reg.words() + " register use "
                    + presentCodeOf(reg).code() + " (the 2024 code set)");
        }
    }

    /**
     * Codes not counted as a possible session that describe one pupil's circumstances, not the
     * whole school's (2024 code set): Y1, transport normally provided not available; Q, lack of
     * access arrangements; D, dual registered, at another school. Staff may set them on one
     * pupil's entry, with a reason; the other not-counted codes (X, Z, #, Y2-Y7) are not set by
     * amending a pupil's arrival here.
     */
    public static final class OnePupilsCircumstance {

        private static final Set<AttendanceCode> CODES = Set.of(AttendanceCode.Y1, AttendanceCode.Q,
                AttendanceCode.D);

        private OnePupilsCircumstance() {
        }

        public static boolean describes(AttendanceCode code) {
            return CODES.contains(code);
        }
    }
}
