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

    /** Not a code of this school's badges, and why. */
    record Refused(BadgeRefusal refusal) implements ScannedBadge {
    }
}
