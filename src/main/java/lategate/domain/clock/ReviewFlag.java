package lategate.domain.clock;

/**
 * The mark an arrival carries when it was taken under a questioned clock and classified once staff
 * settled the time (docs/domain.md, "The kiosk's clock"): written into who recorded it, so it travels with the
 * arrival into the Late Book, its CSV and the daily summaries without a column of its own.
 */
public final class ReviewFlag {

    /** The words written in who recorded such an arrival. */
    public static final String WORDS = "clock questioned";

    private ReviewFlag() {
    }

    /** Whether an arrival recorded by {@code recordedBy} was taken under a questioned clock. */
    public static boolean on(String recordedBy) {
        return recordedBy.contains(WORDS);
    }
}
