package lategate.badge;

import java.util.Objects;
import java.util.Optional;
import lategate.domain.badge.BadgeCodes;
import lategate.domain.pupil.Pupil;

/**
 * What one printed badge shows: whose it is, and its two codes. The Code 128 and the text under
 * it carry the printed code (pupil's code and check character); the QR code carries the signed
 * code of the pupil's current issue, or is left off when the school has no badge key.
 *
 * @param issue the badge's issue number; shown on the card when above 1, so the office can tell a
 *              replacement from the badge it replaced
 */
public record BadgeCard(String schoolName, String pupilId, String givenName, String familyName, String className,
                        String printedCode, Optional<String> signedCode, int issue) {

    public BadgeCard {
        Objects.requireNonNull(schoolName, "schoolName");
        Objects.requireNonNull(pupilId, "pupilId");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(printedCode, "printedCode");
        Objects.requireNonNull(signedCode, "signedCode");
        if (issue < 1) {
            throw new IllegalArgumentException("issue " + issue + " is not a badge's issue number");
        }
    }

    /**
     * The card of issue {@code issue} of {@code pupil}'s badge; with its QR code only when
     * {@code signed} (the school has a key: {@link BadgeCodes#signed} cannot sign without one).
     */
    public static BadgeCard of(String schoolName, Pupil pupil, BadgeCodes codes, int issue, boolean signed) {
        return new BadgeCard(schoolName, pupil.id(), pupil.givenName(), pupil.familyName(), pupil.className(),
                codes.printed(pupil.badge()), signed ? Optional.of(codes.signed(pupil.badge(), issue)) : Optional.empty(),
                issue);
    }
}
