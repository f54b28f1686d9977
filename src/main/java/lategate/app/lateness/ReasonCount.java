package lategate.app.lateness;

/** How often a reason was given for a late mark. */
public record ReasonCount(String reason, int count) {
}
