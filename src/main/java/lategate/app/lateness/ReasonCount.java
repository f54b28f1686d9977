package lategate.app.lateness;

/**
 * How often a reason was given for a late mark, and by how many pupils (so an anonymised report
 * can withhold a reason fewer than a handful of pupils gave: docs/data-protection.md).
 */
public record ReasonCount(String reason, int count, int pupils) {

    /** Counted without pupils: as many pupils as marks, the most there can be. */
    public ReasonCount(String reason, int count) {
        this(reason, count, count);
    }
}
