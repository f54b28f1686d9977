package lategate.domain.register;

/**
 * How a late reason stands: given by the pupil, claimed (would authorise, awaits staff), or not given;
 * and for a claim once staff decided it, confirmed or refused.
 */
public enum ReasonStatus {
    GIVEN("given"),
    /** Would authorise the absence (e.g. M); only staff can confirm it (docs/domain.md, "Register windows"). */
    CLAIMED("claimed"),
    NOT_GIVEN("not_given"),
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

    public static ReasonStatus fromId(String id) {
        for (ReasonStatus s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no reason status '" + id + "'");
    }
}
