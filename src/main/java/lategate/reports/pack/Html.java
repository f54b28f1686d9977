package lategate.reports.pack;

/**
 * Text made safe for an HTML page, in element content and in quoted attributes alike: a pupil
 * called {@code <b>Zoë & "Bo"</b>} or O'Neill is shown as written and never read as markup.
 * Characters XML and HTML forbid (C0 controls other than tab and newline, lone surrogates,
 * U+FFFE and U+FFFF) become U+FFFD, so a stray byte in a name cannot break the page.
 */
final class Html {

    private Html() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c) || (c < 0x20 && c != '\t' && c != '\n')
                            || c == 0x7f || c == 0xfffe || c == 0xffff) {
                        out.append('\ufffd');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
