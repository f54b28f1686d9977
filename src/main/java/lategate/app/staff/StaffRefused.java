package lategate.app.staff;

/** A staff action that was not done; the message says why, in words for staff. Nothing was changed. */
public final class StaffRefused extends lategate.app.Refused {

    public StaffRefused(String message) {
        super(message);
    }
}
