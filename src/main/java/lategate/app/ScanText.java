package lategate.app;

/**
 * A scanned code as the scan log keeps it: bytes a scanner garbled shown as escapes (so the
 * office sees {@code \u008F}, not a broken screen), and a runaway scan cut short.
 */
public final class ScanText {

    /** Enough to show what went wrong; a scanner left streaming noise must not fill the disk. */
    public static final int KEPT = 200;

    private ScanText() {
    }

    public static String forLog(String code) {
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < code.length() && kept.length() < KEPT; i++) {
            char c = code.charAt(i);
            if (c >= 0x20 && c < 0x7F && c != '\\') {
                kept.append(c);
            } else {
                kept.append(String.format("\\u%04X", (int) c));
            }
        }
        if (kept.length() >= KEPT && code.length() > KEPT) {
            kept.setLength(KEPT);
            kept.append("… (").append(code.length()).append(" characters)");
        }
        return kept.toString();
    }
}
