package lategate.tui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import lategate.app.SignInOutcome;
import lategate.app.clock.TrustedTime;
import lategate.app.movement.Movements;
import lategate.domain.audit.StaffIdentity;
import lategate.domain.pupil.Pupil;
import lategate.domain.register.TimeWords;
import lategate.domain.staff.StaffMember;

/**
 * What every staff screen's handler shares: the desk, this kiosk, its clock if it checks one, who
 * is signed in, how many pupils are overdue back, and the terminal's size. Only {@link StaffFlow}
 * signs staff in and out; the handlers read.
 */
final class StaffContext {

    private final StaffDesk desk;
    private final ZoneId zone;
    private final String kioskId;
    private final Optional<TrustedTime> time;
    private StaffMember member;
    private long overdue;
    private Instant overdueCheckedAt = Instant.MIN;
    private int columns = 80;
    private int rows = 24;

    StaffContext(StaffDesk desk, String kioskId, Optional<TrustedTime> time) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.zone = desk.school().zone();
        this.kioskId = Objects.requireNonNull(kioskId, "kioskId");
        this.time = Objects.requireNonNull(time, "time");
    }

    StaffDesk desk() {
        return desk;
    }

    ZoneId zone() {
        return zone;
    }

    String kioskId() {
        return kioskId;
    }

    /** The kiosk's checked clock, when it checks one (key 0 on the menu). */
    Optional<TrustedTime> time() {
        return time;
    }

    // ------------------------------------------------------------------ who is signed in

    Optional<StaffMember> signedIn() {
        return Optional.ofNullable(member);
    }

    /** Who is signed in; only asked on the screens after the sign-in. */
    StaffMember member() {
        if (member == null) {
            throw new IllegalStateException("nobody is signed in to staff mode");
        }
        return member;
    }

    /** Who is signed in, as the register records them. */
    StaffIdentity identity() {
        return new StaffIdentity(member().name(), member().position());
    }

    void signIn(StaffMember who) {
        member = Objects.requireNonNull(who, "who");
    }

    void signOut() {
        member = null;
    }

    // ------------------------------------------------------------------ overdue back

    /** How many pupils signed out are overdue back, as last counted. */
    long overdue() {
        return overdue;
    }

    Instant overdueCheckedAt() {
        return overdueCheckedAt;
    }

    /** Counts the overdue again; a database that cannot say keeps the last count, and the next tick tries again. */
    void countOverdue(Instant now) {
        overdueCheckedAt = now;
        try {
            overdue = desk.movements().offSiteNow().stream().filter(Movements.OffSite::overdue).count();
        } catch (RuntimeException e) {
            Trouble.words(e, "counting the pupils overdue back"); // a bug is logged; either way the count stays
        }
    }

    // ------------------------------------------------------------------ the terminal

    void viewport(int columns, int rows) {
        this.columns = Math.max(1, columns);
        this.rows = Math.max(1, rows);
    }

    int columns() {
        return columns;
    }

    int rows() {
        return rows;
    }

    // ------------------------------------------------------------------ words

    LocalDate today(Instant now) {
        return now.atZone(zone).toLocalDate();
    }

    String clock(Instant at) {
        return TimeWords.CLOCK.format(at.atZone(zone));
    }

    /**
     * Why a sign-out or a return cannot be timed now: the clock is in question. A pupil's scan is
     * held for staff to settle, but here staff are at the kiosk and can settle the time first, so
     * the time written on a sign-out (and read by a fire roll or a parent) is never a doubtful one.
     */
    Optional<String> clockInQuestion() {
        return time.flatMap(TrustedTime::doubt).map(q -> "the kiosk's clock is in question (" + q.explanation()
                + "): confirm or set the time first (0 on the menu)");
    }

    /** What a scan did, in a line for staff. */
    String outcomeWords(SignInOutcome outcome) {
        if (outcome instanceof SignInOutcome.Marked m) {
            Pupil p = m.pupil();
            return p.fullName() + " (" + p.className() + ") signed in " + switch (m.classification().mark()) {
                case ON_TIME -> "on time";
                case L -> "late, L, " + m.classification().minutesLate() + " min";
                case U -> "after the register closed, U";
                case NONE -> "with nothing to mark";
            };
        } else if (outcome instanceof SignInOutcome.AlreadySignedIn a) {
            return a.pupil().fullName() + " already signed in at " + clock(a.first().arrivedAt());
        } else if (outcome instanceof SignInOutcome.SignedBackIn back) {
            return back.pupil().fullName() + " signed back in (out since " + clock(back.signOut().at()) + ")";
        } else if (outcome instanceof SignInOutcome.BadgeNotRecognised n) {
            return "badge " + n.badge() + " not taken: " + n.why() + " (kept in the scan log)";
        } else if (outcome instanceof SignInOutcome.NothingToMark n) {
            return n.pupil().fullName() + ": nothing to mark (" + n.classification().explanation() + ")";
        } else if (outcome instanceof SignInOutcome.Refused r) {
            return r.pupil().fullName() + " not recorded: " + r.why();
        } else if (outcome instanceof SignInOutcome.HeldForClockCheck h) {
            return h.pupil().fullName() + " (" + h.pupil().className() + ") kept, not marked: the clock is in question";
        }
        return "done";
    }

    /** The words of this kiosk's sign-in screen lock, if it is locked now; a database that cannot say locks nothing. */
    Optional<String> screenLock(Instant now) {
        try {
            return desk.staffSignIn().kioskLock(kioskId, now).map(locked -> locked.screenWords(zone));
        } catch (RuntimeException e) {
            Trouble.words(e, "reading this kiosk's sign-in lock"); // a bug is logged; either way nothing is locked
            return Optional.empty();
        }
    }
}
