package lategate.app;

/**
 * A use case declined to act, for a reason the person at the keyboard can fix: the message
 * says what and why, and nothing was recorded. Screens show it; the command line exits 1 with it.
 */
public class Refused extends RuntimeException {

    public Refused(String message) {
        super(message);
    }
}
