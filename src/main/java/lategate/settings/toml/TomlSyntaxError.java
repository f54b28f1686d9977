package lategate.settings.toml;

/** Where a text stops being TOML, and why, in words for whoever edits the file. */
public final class TomlSyntaxError extends Exception {

    private final int line;
    private final int column;
    private final String problem;

    TomlSyntaxError(int line, int column, String problem) {
        super("line " + line + ", column " + column + ": " + problem, null, false, false);
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    public int line() {
        return line;
    }

    /** The column, counted in characters from 1. */
    public int column() {
        return column;
    }

    /** What is wrong, without the place. */
    public String problem() {
        return problem;
    }
}
