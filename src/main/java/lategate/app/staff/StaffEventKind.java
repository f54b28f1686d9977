package lategate.app.staff;

/** What happened to a staff account, as the staff_events log words it. */
public enum StaffEventKind {
    /** An account was made. */
    ADDED("added"),
    /** An administrator set a new PIN; this also ends a lock. */
    PIN_RESET("pin_reset"),
    /** An account was disabled; it is kept, with its history, and can no longer sign in. */
    DISABLED("disabled"),
    SIGN_IN_OK("sign_in_ok"),
    SIGN_IN_WRONG_PIN("sign_in_wrong_pin"),
    /**
     * The wrong PIN just given locked the account; or, logged for and by a kiosk
     * ({@link StaffEvent#atKiosk}), that kiosk's sign-in screen.
     */
    LOCKED("locked"),
    /** A sign-in to a locked or disabled account, or at a kiosk whose sign-in screen is locked: the PIN was not checked. */
    SIGN_IN_REFUSED("sign_in_refused"),
    /** A sign-in with a username no account has. */
    SIGN_IN_UNKNOWN_USER("sign_in_unknown_user");

    private final String word;

    StaffEventKind(String word) {
        this.word = word;
    }

    /** The word in the database: "sign_in_wrong_pin". */
    public String word() {
        return word;
    }

    public static StaffEventKind fromWord(String word) {
        for (StaffEventKind kind : values()) {
            if (kind.word.equals(word)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("'" + word + "' is not a staff event");
    }
}
