package lategate.slips;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads ESC/POS bytes back as a receipt printer would act on them (Epson's ESC/POS command reference): the
 * commands a slip uses, and its printed lines with the emphasis and justification each was printed in. Any
 * other command is refused, so a slip that sends something a printer may not know fails the test.
 */
public final class EscPosDecoder {

    static final int ESC = 0x1b;
    static final int GS = 0x1d;
    static final int LF = 0x0a;

    /** One printed line: its text in the code page selected, bold or not, justification 0 left, 1 centre, 2 right. */
    public record Line(String text, boolean bold, int justification) {
    }

    /** What the bytes did, in order: commands by name (e.g. "ESC @", "ESC t 19", "GS V 49") and lines. */
    public record Slip(List<String> commands, List<Line> lines) {

        public List<String> texts() {
            return lines.stream().map(Line::text).toList();
        }

        public String text() {
            return String.join("\n", texts());
        }

        /** The first line holding {@code part}, or a failure naming every line. */
        public Line lineWith(String part) {
            return lines.stream().filter(l -> l.text().contains(part)).findFirst()
                    .orElseThrow(() -> new AssertionError("no line holds '" + part + "' in:\n" + text()));
        }
    }

    private EscPosDecoder() {
    }

    /** Decodes {@code bytes}; text is read in the charset of the code page ESC t selected (CP437 before any). */
    public static Slip decode(byte[] bytes) {
        List<String> commands = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        boolean bold = false;
        int justification = 0;
        Charset charset = Charset.forName("cp437");
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xff;
            if (b == ESC || b == GS) {
                if (text.size() > 0) {
                    throw new AssertionError("a command inside a line, at byte " + i);
                }
                if (i + 1 >= bytes.length) {
                    throw new AssertionError("a command cut short at byte " + i);
                }
                int c = bytes[i + 1] & 0xff;
                String name = (b == ESC ? "ESC " : "GS ") + (char) c;
                int n = i + 2 < bytes.length ? bytes[i + 2] & 0xff : -1;
                if (b == ESC && c == '@') {
                    commands.add(name);
                    bold = false;
                    justification = 0;
                    charset = Charset.forName("cp437");
                    i += 2;
                } else if (b == ESC && c == '2') {
                    commands.add(name);
                    i += 2;
                } else if (b == ESC && (c == 't' || c == 'E' || c == 'a' || c == 'M' || c == '-' || c == 'd')
                        || b == GS && (c == '!' || c == 'B' || c == 'V')) {
                    if (n < 0) {
                        throw new AssertionError(name + " without its parameter at byte " + i);
                    }
                    commands.add(name + " " + n);
                    if (c == 't') {
                        charset = codePage(n);
                    } else if (c == 'E') {
                        bold = (n & 1) == 1;
                    } else if (c == 'a') {
                        justification = n >= '0' ? n - '0' : n;
                    } else if (c == 'd') {
                        for (int k = 0; k < n; k++) {
                            lines.add(new Line("", bold, justification));
                        }
                    }
                    i += 3;
                } else {
                    throw new AssertionError("a command the decoder does not know: " + name + " at byte " + i);
                }
            } else if (b == LF) {
                lines.add(new Line(new String(text.toByteArray(), charset), bold, justification));
                text.reset();
                i++;
            } else if (b < 0x20) {
                throw new AssertionError("a control byte " + b + " in text at byte " + i);
            } else {
                text.write(b);
                i++;
            }
        }
        if (text.size() > 0) {
            throw new AssertionError("text left unprinted at the end: no line feed after it");
        }
        return new Slip(commands, lines);
    }

    /** The charsets of the code pages a slip may select (Epson's numbering of ESC t). */
    private static Charset codePage(int n) {
        return switch (n) {
            case 0 -> Charset.forName("cp437");
            case 2 -> Charset.forName("cp850");
            case 16 -> Charset.forName("windows-1252");
            case 18 -> Charset.forName("cp852");
            case 19 -> Charset.forName("IBM00858");
            default -> throw new AssertionError("code page " + n + " is not one a slip selects");
        };
    }
}
