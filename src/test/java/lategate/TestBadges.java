package lategate;

import java.time.Clock;
import java.util.Optional;
import lategate.app.PupilDirectory;
import lategate.app.RegisterLog;
import lategate.app.SignIn;
import lategate.app.MovementLog;
import lategate.domain.badge.BadgeCodes;
import lategate.domain.school.School;
import lategate.store.Database;
import lategate.store.SqliteBadgeIssues;

/**
 * Badges in tests as the kiosk sees them (issue 8): a scan is the printed code, the roster's badge
 * code and its check character, made here by the same {@link BadgeCodes} the kiosk reads them
 * with, never by hand; and sign-in with the school's real badge codes and the database's issues.
 */
public final class TestBadges {

    /** A printed code is the same for every school: only QR codes carry the school and its key. */
    private static final BadgeCodes ANY_SCHOOL = new BadgeCodes("TEST", "Test school", Optional.empty());

    private TestBadges() {
    }

    /** What a scanner reads from the badge of the pupil with roster badge code {@code rosterCode}. */
    public static String printed(String rosterCode) {
        return ANY_SCHOOL.printed(rosterCode);
    }

    /** The school's badge codes as a kiosk without a badge key reads them: printed codes only. */
    public static BadgeCodes codes(School school) {
        return new BadgeCodes(school.id(), school.name(), Optional.empty());
    }

    /** Sign-in that reads codes as the school's kiosk does, with the badge issues kept in {@code database}. */
    public static SignIn signIn(School school, Database database, PupilDirectory pupils, RegisterLog register,
                                MovementLog movements, Clock clock) {
        return new SignIn(school, codes(school), new SqliteBadgeIssues(database), pupils, register, movements, clock);
    }
}
