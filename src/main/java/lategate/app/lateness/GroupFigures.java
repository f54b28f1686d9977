package lategate.app.lateness;

/**
 * Late marks of one group of pupils against the rest of the school in a block (docs/domain.md,
 * "Lateness tracking and thresholds"): pupils on roll, how many were late, and the late
 * marks per 100 pupils, so groups of different sizes compare.
 */
public record GroupFigures(String group, int pupils, int latePupils, int lateMarks, int restPupils,
                           int restLatePupils, int restLateMarks) {

    public double perHundred() {
        return pupils == 0 ? 0 : 100.0 * lateMarks / pupils;
    }

    public double restPerHundred() {
        return restPupils == 0 ? 0 : 100.0 * restLateMarks / restPupils;
    }
}
