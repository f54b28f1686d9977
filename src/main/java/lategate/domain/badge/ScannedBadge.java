package lategate.domain.badge;

/** What a scanned code says, once its check character or signature has been verified. */
public sealed interface ScannedBadge {

    /** A code that proved itself: whose badge it names. */
    sealed interface Proven extends ScannedBadge {
        String pupilCode();
    }

    /** A printed code (Code 128, or typed): the pupil's code, its check character verified. */
    record Printed(String pupilCode) implements Proven {
    }

    /** A QR code: the pupil's code and the badge's issue number, signed with the school's key. */
    record Signed(String pupilCode, int issue) implements Proven {
    }

    /**
     * A code of a school whose cards are taken as scanned ({@link PrintedCodes#AS_IS}): long enough,
     * of a badge's characters, and not yet matched to anyone ({@link AsIsBadges} does that).
     */
    record AsScanned(String scanned) implements ScannedBadge {
    }

    /** An as-is code matched, exactly, to one pupil's roster code ({@code pupilCode}, badge or badge_2). */
    record Matched(String pupilCode) implements Proven {
    }

    /** Not a code of this school's badges, and why. */
    record Refused(BadgeRefusal refusal) implements ScannedBadge {
    }
}
