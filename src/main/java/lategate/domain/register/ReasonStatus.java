package lategate.domain.register;

/**
 * How a late reason stands: given by the pupil, claimed (would authorise, awaits staff), not given (the
 * pupil was asked and chose nothing), or not asked (the next pupil's scan cut the picker short, so the office
 * collects the reason: docs/receptionist.md, "A queue at the gate"); and for a claim once staff decided it,
 * confirmed or refused.
 */
public enum ReasonStatus {
    GIVEN("given"),
    /** Would authorise the absence (e.g. M); only staff can confirm it (docs/domain.md, "Register windows"). */
    CLAIMED("claimed"),
    /** The pupil saw the reason picker and chose nothing before it timed out. */
    NOT_GIVEN("not_given"),
    /** The picker was cut short (the next pupil scanned, or staff took the kiosk): the office collects the reason. */
    NOT_ASKED("not_asked"),
    /** A claim staff confirmed: the entry became the code it claimed. Derived, never stored as a reason. */
    CONFIRMED("confirmed"),
    /** A claim staff refused: the entry stays as it was. Derived, never stored as a reason. */
    REFUSED("refused");

    private final String id;

    ReasonStatus(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Not given or not asked: the entry has no reason yet, and staff may add one. */
    public boolean awaitsReason() {
        return this == NOT_GIVEN || this == NOT_ASKED;
    }

    public static ReasonStatus fromId(String id) {
        for (ReasonStatus s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no reason status '" + id + "'");
    }
}
