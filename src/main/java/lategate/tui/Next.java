package lategate.tui;

import java.util.Objects;
import java.util.Optional;
import lategate.domain.staff.StaffMember;

/**
 * What a key did on a staff screen, as its handler says it: a screen to show (with news for the
 * status line), a screen read again, the menu again, a member of staff signed in, or staff mode closed. {@link StaffFlow} applies it.
 */
sealed interface Next {

    /** Show {@code screen}; {@code status} is news for the status line, if there is any. */
    record Show(StaffScreen screen, Optional<String> status) implements Next {

        public Show {
            Objects.requireNonNull(screen, "screen");
            Objects.requireNonNull(status, "status");
        }
    }

    /** {@code member} signed in with their PIN: the menu opens for them. */
    record SignedIn(StaffMember member) implements Next {

        public SignedIn {
            Objects.requireNonNull(member, "member");
        }
    }

    /** Show {@code screen} read again from the database, keeping the place (and count the overdue again). */
    record Reopen(StaffScreen screen, Optional<String> status) implements Next {

        public Reopen {
            Objects.requireNonNull(screen, "screen");
            Objects.requireNonNull(status, "status");
        }
    }

    /** Back to the staff menu, read afresh. */
    record ToMenu() implements Next {
    }

    /** Back to pupil mode: whoever was signed in is signed out. */
    record Close() implements Next {
    }

    static Show show(StaffScreen screen) {
        return new Show(screen, Optional.empty());
    }

    static Show show(StaffScreen screen, String status) {
        return new Show(screen, Optional.of(status));
    }

    static Reopen reopen(StaffScreen screen) {
        return new Reopen(screen, Optional.empty());
    }

    static ToMenu toMenu() {
        return new ToMenu();
    }

    static Close close() {
        return new Close();
    }
}
