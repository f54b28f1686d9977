package lategate.app.sync;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a kiosk's database holds about one school day, as the attendance team needs it elsewhere:
 * per pupil with any event, each register's mark with its minutes late and reason, repeats,
 * sign-outs and returns, amendments; the lead's stage decisions made that day; and the kiosk's
 * own figures. Codes are the national codes' text (DfE 2024 set), so a hub needs no lategate
 * code to read them. Lists are in a fixed order so the same day always gives the same content.
 */
public record DayContent(List<PupilDay> pupils, List<Decision> decisions, List<KioskFigures> kiosks) {

    public DayContent {
        pupils = List.copyOf(pupils);
        decisions = List.copyOf(decisions);
        kiosks = List.copyOf(kiosks);
    }

    public boolean isEmpty() {
        return pupils.isEmpty() && decisions.isEmpty() && kiosks.isEmpty();
    }

    /** A pupil as the roster described them on that day, with the day's events. */
    public record PupilDay(String pupilId, String givenName, String familyName, String year, String className,
                           Groups groups, List<RegisterMark> marks, List<Movement> movements,
                           List<Amendment> amendments) {
        public PupilDay {
            Objects.requireNonNull(pupilId, "pupilId");
            marks = List.copyOf(marks);
            movements = List.copyOf(movements);
            amendments = List.copyOf(amendments);
        }
    }

    /** The groups reports compare against the rest of the school (issue 6). */
    public record Groups(boolean send, boolean pupilPremium, boolean fsm, boolean lookedAfter, boolean eal) {
    }

    /**
     * A register's mark as the kiosk first recorded it ("on_time", "L" or "U"), with the code it
     * has now after any amendment, and every later scan for the same register kept as a repeat.
     */
    public record RegisterMark(String register, String recordedMark, String code, Instant arrivedAt,
                               String kioskId, int minutesLate, Optional<String> reason,
                               Optional<String> reasonStatus, String explanation, List<Repeat> repeats) {
        public RegisterMark {
            Objects.requireNonNull(register, "register");
            Objects.requireNonNull(recordedMark, "recordedMark");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(arrivedAt, "arrivedAt");
            repeats = List.copyOf(repeats);
        }
    }

    public record Repeat(Instant at, String kioskId) {
    }

    /** A sign-out ("out", with the code a register taken meanwhile gets) or a return ("in"). */
    public record Movement(String kind, Instant at, Optional<String> code, Optional<String> reason,
                           Optional<String> collectedBy, String recordedBy) {
    }

    public record Amendment(String register, String originalCode, String amendedCode, String reason,
                            Instant at, String by, String position) {
    }

    public record Decision(String pupilId, int block, int fromStage, int proposedStage, int decidedStage,
                           String kind, String by, String position, Optional<String> why, Instant at) {
    }

    /** How one kiosk did that day: every scan, badges nobody holds, saves that failed. */
    public record KioskFigures(String kioskId, int scans, int unknownBadges, int failedSaves) {
    }
}
