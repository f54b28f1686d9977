package lategate.app;

import lategate.domain.register.RecordedArrival;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import lategate.domain.register.Classification;
import lategate.domain.register.TimeWords;

/**
 * What a pupil is told, in words a seven-year-old can read; the kiosk screen and the command
 * line both use these, so the two never disagree.
 */
public final class PupilWords {

    private static final DateTimeFormatter CLOCK = TimeWords.CLOCK;

    /**
     * The idle screen while the kiosk's clock is in question: the doubt is for staff (docs/domain.md, "The
     * kiosk's clock"); pupils sign in as usual and are told no more than that the office checks the time.
     */
    public static final String SIGN_IN_UNDER_A_CLOCK_CHECK = "Scan your badge as usual. The office will check the time.";

    private PupilWords() {
    }

    public static String markInWords(Classification c) {
        return switch (c.mark()) {
            case ON_TIME -> "You're on time: go straight to class.";
            case L -> c.minutesLate() == 0 ? "You are late: the register has just been taken."
                    : "You are " + minutes(c.minutesLate()) + " late.";
            // A pupil is never left to guess what U means: it is an absence for the session, and the
            // office can hear a reason (the 2024 regulations: U is an unauthorised absence).
            case U -> "You are " + minutes(c.minutesLate()) + " late. " + whatUMeans(c.register()
                    .orElse(lategate.domain.register.Register.AM));
            // A closed day (weekend, holiday, a new year whose dates are not in the settings yet) is said
            // as such: the pupil is not left wondering whether the kiosk is broken (docs/rollover.md).
            case NONE -> (c.rule().equals(new lategate.domain.register.ArrivalRule.NotASchoolDay().name())
                    ? "School is closed today. " : "") + "There is no register to sign in to now.";
        };
    }

    /** "You are marked U: this counts as an unauthorised absence for this morning. See the office ..." */
    public static String whatUMeans(lategate.domain.register.Register register) {
        return "You are marked U: this counts as an unauthorised absence for this "
                + (register == lategate.domain.register.Register.AM ? "morning" : "afternoon")
                + ". See the office if there was a reason.";
    }

    private static String minutes(long minutes) {
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }

    /** A late pupil off a late bus: the mark in words, and that the bus is their reason, with nothing to pick. */
    public static String onLateBus(Classification c, String route) {
        String mark = c.mark() == lategate.domain.register.Mark.U
                ? "You are " + minutes(c.minutesLate()) + " late: marked U." : markInWords(c);
        return mark + " Your bus was late (" + route + "): the office has your reason.";
    }

    public static String alreadySignedIn(RecordedArrival first, ZoneId zone) {
        return "Already signed in at " + CLOCK.format(first.arrivedAt().atZone(zone)) + ".";
    }

    public static String welcomeBack(String givenName) {
        return "Welcome back, " + givenName + ". You are signed back in.";
    }

    public static String badgeNotRecognised() {
        return "Badge not recognised: please see the office.";
    }

    /** Signed in while the kiosk's clock is in question: kept, and marked once the office checks the time. */
    public static String heldForClockCheck() {
        return "Signed in. The office will check the time.";
    }

    /**
     * Scanned while the register's file is away: the time is kept, but there is no mark yet to tell
     * (docs/held-scans.md); {@code time} is when the pupil scanned, as the school's clock reads.
     */
    public static String heldAside(String time) {
        return "Your arrival at " + time + " is written down, but the register is not available now: it will be "
                + "recorded at " + time + " when the office puts it back. Please tell the office you are here.";
    }

    public static String notSaved() {
        return "Not saved: please see the office.";
    }
}
