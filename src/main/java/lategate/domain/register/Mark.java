package lategate.domain.register;


/** What an arrival instant means for the register. */
public enum Mark {
    /** Before the register was taken: present, no late mark. */
    ON_TIME("on_time"),
    /** Late, before the register closed: counts as present (code L). */
    L("L"),
    /** After the register closed: unauthorised absence for the session (code U). */
    U("U"),
    /** Not a school day, or after the school day ended: nothing to mark. */
    NONE("none");

    private final String id;

    Mark(String id) {
        this.id = id;
    }

    /** The stable name used in JSON, CSV and the database: "on_time", "L", "U", "none". */
    public String id() {
        return id;
    }

    public boolean isLate() {
        return this == L || this == U;
    }

    /** The national code this mark is in the register: / or \\ when on time, L, U. */
    public lategate.domain.codes.AttendanceCode code(Register register) {
        return switch (this) {
            case ON_TIME -> register == Register.AM ? lategate.domain.codes.AttendanceCode.PRESENT_AM
                    : lategate.domain.codes.AttendanceCode.PRESENT_PM;
            case L -> lategate.domain.codes.AttendanceCode.L;
            case U -> lategate.domain.codes.AttendanceCode.U;
            case NONE -> throw new IllegalStateException("no mark has no code");
        };
    }

    private static final Mark[] ALL = values();

    /** A loop, not a stream: a year's report reads tens of thousands of marks in a fresh JVM. */
    public static Mark fromId(String id) {
        for (Mark m : ALL) {
            if (m.id.equals(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("no mark called '" + id + "'");
    }
}
