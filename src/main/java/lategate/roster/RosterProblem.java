package lategate.roster;

/**
 * One thing wrong in a roster file, printed as {@code roster.csv:LINE: message}. A problem with
 * the file as a whole (it does not exist, it is a folder) has line 0 and prints as
 * {@code PATH: message}, because "line 0" would send the office looking for a line that is not there.
 */
public record RosterProblem(String fileName, long line, String message) {

    public RosterProblem {
        if (line < 0) {
            throw new IllegalArgumentException("a line number is 1 or more, or 0 for the whole file: " + line);
        }
    }

    /** A problem with the whole file rather than one of its lines. */
    public static RosterProblem wholeFile(String fileName, String message) {
        return new RosterProblem(fileName, 0, message);
    }

    @Override
    public String toString() {
        return line == 0 ? fileName + ": " + message : fileName + ":" + line + ": " + message;
    }
}
