package lategate.cli;

/** Input that cannot be used: the message says what is wrong and where; the exit code is 1. */
final class BadInputException extends RuntimeException {

    BadInputException(String message) {
        super(message);
    }
}
