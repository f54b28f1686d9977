package lategate.tui;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lategate.app.Claim;
import lategate.app.movement.FireRoll;
import lategate.app.movement.Movements;
import lategate.domain.pupil.Pupil;

/** What staff mode is showing. Each is a value: a new one on every change, so the kiosk knows to redraw. */
public sealed interface StaffScreen {

    /** Staff sign-in, first the username; {@code problem} says why the last try failed. */
    record SignInName(String typed, Optional<String> problem) implements StaffScreen {
    }

    /** Then the PIN, never shown: only how many digits are typed. */
    record SignInPin(String username, int digitsTyped, Optional<String> problem) implements StaffScreen {
    }

    /** The staff menu, one key each. */
    record Menu() implements StaffScreen {
    }

    /** Finding a pupil by part of a name (or a badge scan); {@code selected} is 0-based. */
    record FindPupil(String typed, List<Pupil> found, int selected) implements StaffScreen {
    }

    /** One pupil's day so far and what staff may do for them. */
    record PupilPage(PupilDay day) implements StaffScreen {
    }

    /** Signing a pupil out, one question at a time; {@code form} is a copy that never changes. */
    record SigningOut(SignOutForm form) implements StaffScreen {
    }

    /** Who is off site at {@code at}; {@code selected} opens that pupil's page with Enter. */
    record OffSite(List<Movements.OffSite> offSite, int selected, Instant at) implements StaffScreen {
    }

    /**
     * The fire roll taken at {@code at}: the late pupils on site, each with a tick staff set when
     * they find them ({@code ticked}, one per pupil on site), and everyone off site.
     */
    record RollCall(FireRoll.Roll roll, List<Boolean> ticked, int cursor, Instant at) implements StaffScreen {

        public long tickedCount() {
            return ticked.stream().filter(t -> t).count();
        }
    }

    /**
     * Today's claimed reasons waiting for staff. With {@code evidence} present, staff are
     * typing what they saw to confirm the selected claim.
     */
    record Claims(List<Claim> claims, int selected, Optional<String> evidence, Optional<String> problem)
            implements StaffScreen {
    }
}
