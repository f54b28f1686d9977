package lategate.app;

import java.util.Optional;
import lategate.domain.pupil.Pupil;
import lategate.domain.register.Classification;

/** What happened when a badge was scanned, in terms the screen and the command line can show. */
public sealed interface SignInOutcome {

    /** A new mark, saved. */
    record Marked(Pupil pupil, Classification classification, RecordedArrival arrival,
                  Optional<String> consequence, Optional<ReasonGiven> reason) implements SignInOutcome {
    }

    /** Already signed in for this register: nothing new marked. */
    record AlreadySignedIn(Pupil pupil, RecordedArrival first) implements SignInOutcome {
    }

    /** No pupil on roll has this badge; the scan is kept for the office. */
    record BadgeNotRecognised(String badge, String why) implements SignInOutcome {
    }

    /** Not a school day, or after the day ended: nothing recorded. */
    record NothingToMark(Pupil pupil, Classification classification) implements SignInOutcome {
    }
}
