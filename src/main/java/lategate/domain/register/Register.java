package lategate.domain.register;

/** The two statutory registers of a school day (2024 Regulations: morning and afternoon session). */
public enum Register {
    AM("morning"),
    PM("afternoon");

    private final String words;

    Register(String words) {
        this.words = words;
    }

    /** "morning" or "afternoon", for sentences. */
    public String words() {
        return words;
    }
}
