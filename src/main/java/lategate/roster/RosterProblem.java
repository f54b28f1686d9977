package lategate.roster;

/** One thing wrong in a roster file, printed as {@code roster.csv:LINE: message}. */
public record RosterProblem(String fileName, long line, String message) {

    @Override
    public String toString() {
        return fileName + ":" + line + ": " + message;
    }
}
