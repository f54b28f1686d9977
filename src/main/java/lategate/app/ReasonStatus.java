package lategate.app;

/** How a late reason stands: given by the pupil, claimed (would authorise, awaits staff), or not given. */
public enum ReasonStatus {
    GIVEN("given"),
    /** Would authorise the absence (e.g. M); only staff can confirm it (Seagrave §8). */
    CLAIMED("claimed"),
    NOT_GIVEN("not_given");

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
