package lategate.scanner.serial;

/**
 * Bytes as text the office can read in the scan log: printable ASCII as it is, line endings as
 * {@code \r} and {@code \n}, anything else as {@code \x8F}, so a misread shows exactly what came.
 */
final class EscapedBytes {

    private EscapedBytes() {
    }

    static String of(byte[] bytes, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            int b = bytes[i] & 0xFF;
            if (b == '\\') {
                text.append("\\\\");
            } else if (b == '\r') {
                text.append("\\r");
            } else if (b == '\n') {
                text.append("\\n");
            } else if (b == '\t') {
                text.append("\\t");
            } else if (printable(bytes[i])) {
                text.append((char) b);
            } else {
                text.append(String.format("\\x%02X", b));
            }
        }
        return text.toString();
    }

    /** Printable ASCII, space included: all a badge code is made of. */
    static boolean printable(byte b) {
        return b >= 0x20 && b <= 0x7E;
    }
}
