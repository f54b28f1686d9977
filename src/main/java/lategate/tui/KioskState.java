package lategate.tui;

import java.time.Instant;
import java.util.Optional;
import lategate.domain.register.RecordedArrival;
import lategate.domain.pupil.Pupil;
import lategate.domain.register.Classification;

/** What the kiosk is showing. Timed states go back to idle by themselves. */
public sealed interface KioskState {

    /** Waiting for a scan. */
    record Idle() implements KioskState {
    }

    /**
     * Waiting for a scan while the kiosk's clock is in question (docs/domain.md, "The kiosk's clock"): scans are taken
     * and held, and the screen tells staff why and how to settle the time.
     */
    record IdleClockInQuestion(String why, int held) implements KioskState {
    }

    /**
     * Waiting for a scan while held scans need staff: the register's file is away (deleted or
     * replaced under the kiosk) and scans are held aside, or scans held before could not all be
     * recorded. {@code words} tell staff what happened and what to do.
     */
    record IdleHeldScans(String words) implements KioskState {
    }

    /** Waiting for a scan while a late bus runs: {@code words} tell staff passing by ("Late bus mode until 09:30"). */
    record IdleLateBus(String words) implements KioskState {
    }

    /** A message for the pupil that stays until {@code until}. */
    sealed interface Timed extends KioskState {
        Instant until();
    }

    record OnTime(Pupil pupil, Instant until) implements Timed {
    }

    record AlreadySignedIn(Pupil pupil, RecordedArrival first, Instant until) implements Timed {
    }

    /** The code signed nobody in; {@code words} say why, for the pupil (misread, replaced, unknown). */
    record NotRecognised(String words, Instant until) implements Timed {
    }

    /** A pupil back from an appointment: signed back in, not marked late. */
    record WelcomeBack(Pupil pupil, Instant until) implements Timed {
    }

    /** A school day is over, or the school is closed: nothing to sign in to. */
    record NothingToMark(Pupil pupil, Classification classification, Instant until) implements Timed {
    }

    /**
     * Signed in under a questioned clock: the scan is kept, and the office will check the time of
     * the arrival before it is marked.
     */
    record HeldForClockCheck(Pupil pupil, Instant until) implements Timed {
    }

    /**
     * Scanned while the register's file is away: the scan is held aside, on disk, to be recorded at
     * {@code scannedAt} once staff put the register back; no mark is shown, since none is saved yet.
     * {@code pupil} is whom the badge names, when the kiosk could tell.
     */
    record HeldAside(Optional<Pupil> pupil, Instant scannedAt, Instant until) implements Timed {
    }

    /** A scanner misread the badge (garbage, too long, cut short): nothing is marked, the pupil scans again. */
    record Misread(Instant until) implements Timed {
    }

    /** The mark could not be saved: the pupil must see the office. */
    record NotSaved(Instant until) implements Timed {
    }

    /**
     * A late pupil signed in while a late bus runs: the bus is their reason, recorded already; no picker and
     * no consequence (docs/receptionist.md, "Late-bus mode").
     */
    record OnLateBus(Pupil pupil, Classification classification, String route, Instant until) implements Timed {
    }

    record Thanks(Pupil pupil, Optional<String> reasonLabel, boolean toConfirm, Instant until) implements Timed {
    }

    /** A late mark is saved; the pupil picks a reason. {@code selected} is 0-based. */
    record PickingReason(Pupil pupil, Classification classification, RecordedArrival arrival,
                         Optional<String> consequence, int selected, Instant until) implements Timed {
    }

    /**
     * Staff pressed the exit key and are typing the PIN; the digits are never shown. After too
     * many wrong PINs it refuses any PIN until {@code lockedUntil}.
     */
    record ExitPin(int digitsTyped, boolean wrongBefore, Optional<Instant> lockedUntil, Instant until)
            implements Timed {
    }

    /** Someone is typing a badge code by hand (no scanner to hand): shown as typed, Enter signs in. */
    record TypingCode(String typed, Instant firstKeyAt, Instant until) implements Timed {

        /** With the last key taken back; nothing typed any more is the idle screen again. */
        KioskState erased(Instant newUntil) {
            return typed.length() <= 1 ? new Idle() : new TypingCode(typed.substring(0, typed.length() - 1),
                    firstKeyAt, newUntil);
        }
    }

    /**
     * A pupil whose reason picker the next scan cut short: the mark is saved, the office collects the
     * reason (docs/receptionist.md, "A queue at the gate"); shown on the kiosk until {@code until}.
     */
    record Queued(Pupil pupil, lategate.domain.register.Mark mark, long minutesLate, Instant until) {
    }

    /**
     * {@code shown}, with a strip at the foot naming the pupils of a queue just signed in whose
     * pickers were cut short, so each still sees their mark.
     */
    record WithQueue(KioskState shown, java.util.List<Queued> queued) implements KioskState {

        public WithQueue {
            queued = java.util.List.copyOf(queued);
        }
    }

    /** The pupils' screen under any strip: what the kiosk is doing for the pupil at the scanner. */
    public static KioskState underneath(KioskState state) {
        return state instanceof WithQueue q ? q.shown() : state;
    }

    /**
     * Staff mode is open: {@code screen} is what staff see. {@code signedIn} is who signed in
     * ("Jo Bloggs, Office Manager"), empty on the sign-in screens; {@code overdue} how many
     * pupils are past their expected return; {@code status} what the last action or scan did.
     */
    record Staff(StaffScreen screen, Optional<String> signedIn, long overdue, Optional<String> status)
            implements KioskState {
    }
}
