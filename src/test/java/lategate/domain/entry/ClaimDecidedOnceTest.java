package lategate.domain.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalLong;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.register.ReasonStatus;
import lategate.domain.register.Register;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Seagrave §8: arrival after the register closes is U "unless the reason is an unavoidable medical
 * appointment, then it will be authorised (M)". A pupil can only claim that; staff decide it once.
 */
class ClaimDecidedOnceTest {

    private static Session claimedAtNine() {
        return new Session("seagrave", Register.AM).scan("09:20").reason("09:20", "Doctor, dentist or hospital",
                ReasonStatus.CLAIMED);
    }

    @Test
    @DisplayName("an undecided claim stays open and the entry stays U")
    void undecidedClaimIsOpen() {
        SessionEntry entry = claimedAtNine().standing();
        assertEquals(AttendanceCode.U, entry.code());
        assertTrue(entry.claim().orElseThrow().open());
        assertEquals(Optional.of(ReasonStatus.CLAIMED), entry.reasonStatus());
    }

    @Test
    @DisplayName("a confirmed claim makes the entry M, with no minutes and no consequence")
    void confirmedClaimIsM() {
        SessionEntry entry = claimedAtNine().decide("10:05", ClaimDecision.Verdict.CONFIRMED, "appointment card")
                .standing();
        assertEquals(AttendanceCode.M, entry.code());
        assertEquals(AttendanceCode.U, entry.originalCode(), "the original is kept beside it");
        assertEquals(EntrySource.CLAIM, entry.source());
        assertEquals(OptionalLong.empty(), entry.minutesLate());
        assertEquals(Optional.empty(), entry.consequence());
        assertEquals(ClaimStanding.State.CONFIRMED, entry.claim().orElseThrow().state());
        assertEquals(Optional.of(ReasonStatus.CONFIRMED), entry.reasonStatus());
    }

    @Test
    @DisplayName("a refused claim keeps U, and its reason says it was refused and why")
    void refusedClaimStaysU() {
        SessionEntry entry = claimedAtNine().decide("10:05", ClaimDecision.Verdict.REFUSED, "no letter").standing();
        assertEquals(AttendanceCode.U, entry.code());
        assertEquals(Optional.of("Doctor, dentist or hospital (claim refused: no letter)"), entry.reason());
        assertEquals(Optional.of(ReasonStatus.REFUSED), entry.reasonStatus());
        assertEquals(OptionalLong.of(35), entry.minutesLate());
    }

    @Test
    @DisplayName("an amendment after a confirmation stands: the latest change wins, in the order made")
    void amendmentAfterConfirmationStands() {
        SessionEntry entry = claimedAtNine().decide("10:05", ClaimDecision.Verdict.CONFIRMED, "card")
                .amend("11:00", AttendanceCode.M, AttendanceCode.U, "card was for another day", Optional.empty())
                .standing();
        assertEquals(AttendanceCode.U, entry.code());
        assertEquals(EntrySource.AMENDMENT, entry.source());
        assertEquals(OptionalLong.of(35), entry.minutesLate(), "late again: its minutes come back");
    }

    @Test
    @DisplayName("an amendment made since the claim settles it: no longer open")
    void amendmentSettlesTheClaim() {
        SessionEntry entry = claimedAtNine().amend("10:00", AttendanceCode.U, AttendanceCode.M, "dentist letter",
                Optional.empty()).standing();
        assertEquals(ClaimStanding.State.SETTLED_BY_AMENDMENT, entry.claim().orElseThrow().state());
        assertEquals(AttendanceCode.M, entry.code());
    }
}
