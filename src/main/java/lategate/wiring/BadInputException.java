package lategate.wiring;

/** Input that cannot be used: the message says what is wrong and where; the exit code is 1. */
public final class BadInputException extends RuntimeException {

    public BadInputException(String message) {
        super(message);
    }
}
