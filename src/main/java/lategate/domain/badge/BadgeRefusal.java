package lategate.domain.badge;

/**
 * Why a scanned code signs nobody in: what the pupil is told on the screen, and what the office
 * reads in the scan log. Never a guess at which pupil was meant.
 *
 * @param kind   which rule refused it
 * @param words  for the pupil at the kiosk
 * @param why    for the office, kept in the scan log
 */
public record BadgeRefusal(Kind kind, String words, String why) {

    public enum Kind {
        /** Longer than any badge of the school: two scans run together, or noise. */
        TOO_LONG,
        /** Characters no badge has: noise from a scanner at the wrong speed, or not a badge at all. */
        NOT_A_BADGE,
        /** The check character does not match: a character dropped, repeated, changed or swapped. */
        MISREAD,
        /** A typed code whose look-alike letters, read as digits, give more than one valid code. */
        AMBIGUOUS,
        /** A signed code of another school. */
        OTHER_SCHOOL,
        /** A signed code whose signature does not match: edited, or not made with this school's key. */
        FORGED,
        /** A signed code when this kiosk has no key to check it with. */
        NO_KEY,
        /** A badge since replaced by a newer issue. */
        REPLACED,
        /** A badge whose issue number was never issued. */
        NEVER_ISSUED,
        /** A well-formed code no pupil on roll holds. */
        UNKNOWN
    }
}
