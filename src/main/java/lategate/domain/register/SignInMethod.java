package lategate.domain.register;

import java.util.Optional;

/**
 * How an arrival was signed in: four different things for the office to see in the Late Book and the
 * export (docs/receptionist.md, "How a sign-in was made"). A scan proves the badge was there; a code
 * typed at the kiosk proves only that someone knew it; a member of staff without a badge vouches for
 * the pupil by name; the office's command records what the office was told.
 */
public enum SignInMethod {

    /** A badge read by a scanner: a serial scanner, or a keyboard-wedge scanner's fast keys ended by Enter. */
    SCAN("scan", "badge scanned"),
    /** A badge's code typed by hand at the kiosk, one key at a time. */
    TYPED("typed", "code typed at the kiosk"),
    /** Signed in by a member of staff in staff mode, found by name, with no badge. */
    STAFF("staff", "staff sign-in without a badge"),
    /** The office's {@code lategate sign-in} command. */
    OFFICE("office", "office sign-in command");

    /** Who the kiosk records for a pupil's own scan, and for a code a pupil typed: it names the method too. */
    public static final String PUPIL_SCAN = "pupil (badge scan)";
    public static final String PUPIL_TYPED = "pupil (code typed at the kiosk)";

    private final String id;
    private final String words;

    SignInMethod(String id, String words) {
        this.id = id;
        this.words = words;
    }

    /** As the database, the CSVs and the daily summary keep it: {@code scan}, {@code typed}, {@code staff}, {@code office}. */
    public String id() {
        return id;
    }

    /** In words, for the Late Book. */
    public String words() {
        return words;
    }

    private static final SignInMethod[] ALL = values();

    /** A loop, not a stream: a year's report reads tens of thousands of arrivals in a fresh JVM. */
    public static Optional<SignInMethod> ofId(String id) {
        for (SignInMethod m : ALL) {
            if (m.id.equals(id)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * An arrival held at the kiosk while its clock was in question and signed in once staff settle the
     * time: the hold keeps only who recorded it, and the kiosk's words for a pupil name how (a code typed,
     * or a badge scanned); anyone else is the member of staff who signed the pupil in without a badge.
     */
    public static SignInMethod ofKioskRecorder(String recordedBy) {
        if (recordedBy.startsWith(PUPIL_TYPED)) {
            return TYPED;
        }
        return recordedBy.startsWith("pupil (") ? SCAN : STAFF;
    }
}
