package lategate.app;

import lategate.domain.register.RecordedArrival;
import java.util.Optional;
import lategate.domain.badge.BadgeRefusal;
import lategate.domain.pupil.Pupil;
import lategate.domain.register.Classification;

/** What happened when a badge was scanned, in terms the screen and the command line can show. */
public sealed interface SignInOutcome {

    /** A new mark, saved. */
    record Marked(Pupil pupil, Classification classification, RecordedArrival arrival,
                  Optional<String> consequence, Optional<ReasonGiven> reason) implements SignInOutcome {
    }

    /**
     * Already signed in for this register: the scan is kept as a repeat and the mark stands. A
     * reason given with the repeat is added to the mark ({@code reasonAdded}). When the repeat
     * was timed before the mark ({@code earlierThanMark}), the mark stays as it is: changing it
     * is an amendment.
     */
    record AlreadySignedIn(Pupil pupil, RecordedArrival first, Optional<ReasonGiven> reasonAdded,
                           boolean earlierThanMark) implements SignInOutcome {
    }

    /** The pupil was signed out and has come back: signed back in, not marked late. */
    record SignedBackIn(Pupil pupil, lategate.domain.movement.Movement.SignedOut signOut) implements SignInOutcome {
    }

    /** Not recorded, for the reason given: an arrival in the future. */
    record Refused(Pupil pupil, String why) implements SignInOutcome {
    }

    /**
     * The code signs nobody in: not a badge of this school's, misread, replaced, or held by no
     * pupil on roll; the scan is kept for the office with the refusal's why.
     */
    record BadgeNotRecognised(String badge, BadgeRefusal refusal) implements SignInOutcome {

        /** For the office: why nobody was signed in. */
        public String why() {
            return refusal.why();
        }

        /** For the pupil at the kiosk. */
        public String words() {
            return refusal.words();
        }
    }

    /** Not a school day, or after the day ended: no mark; the scan is kept in the scan log. */
    record NothingToMark(Pupil pupil, Classification classification) implements SignInOutcome {
    }

    /**
     * The kiosk's clock is in question (docs/domain.md, "The kiosk's clock"): the scan is kept, not marked, until staff
     * confirm or correct the time; then it is classified and flagged for review.
     */
    record HeldForClockCheck(Pupil pupil, java.time.Instant heldAt) implements SignInOutcome {
    }
}
