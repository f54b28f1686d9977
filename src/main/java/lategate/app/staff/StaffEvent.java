package lategate.app.staff;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry in the staff log: what happened to which account, when, and who did it. A sign-in
 * is done by the account itself; an addition, a disabling or a PIN reset by an administrator.
 *
 * @param username the account concerned (for an unknown user, what was typed if it could be a
 *                 username at all, so a PIN typed into the wrong box is never kept)
 * @param by       the username of who did it; for a sign-in typed at a kiosk, {@link #atKiosk} of
 *                 that kiosk, since who stood at it is not known
 * @param detail   words for people reading the log; never a PIN
 */
public record StaffEvent(String username, StaffEventKind what, Instant at, String by, String detail) {

    public StaffEvent {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(detail, "detail");
    }

    /** Who a sign-in typed at a kiosk is logged as done by: "kiosk:" and its name, never a username (no ':'). */
    public static String atKiosk(String kioskId) {
        return "kiosk:" + Objects.requireNonNull(kioskId, "kioskId");
    }
}
