package lategate.domain.codes;

/** How a code counts in attendance statistics (the 2024 regulations). */
public enum StatisticalCategory {
    PRESENT("present"),
    APPROVED_EDUCATIONAL_ACTIVITY("attending an approved educational activity (counts as present)"),
    AUTHORISED_ABSENCE("authorised absence"),
    UNAUTHORISED_ABSENCE("unauthorised absence"),
    NOT_COUNTED("not counted as a possible session");

    private final String words;

    StatisticalCategory(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
