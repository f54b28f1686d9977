package lategate.settings.toml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Documents made up from every part of TOML 1.0 (https://toml.io/en/v1.0.0), each read by
 * lategate's reader and by tomlj: the same values and lines, and, once a character is dropped or
 * a line repeated, the same documents refused. The seed is fixed, so a failure is the same on every
 * run; the document that fails is in the message.
 */
class TomlReaderAgreesWithTomljOnGeneratedDocumentsTest {

    private static final int DOCUMENTS = 400;

    @Test
    @DisplayName("generated documents read the same as tomlj reads them, value for value and line for line")
    void generatedDocumentsReadTheSame() {
        Random random = new Random(20261207L);
        int read = 0;
        for (int i = 0; i < DOCUMENTS; i++) {
            String text = new Writer(random).document();
            String tomlj = tomlj(text);
            String ours = BothReaders.ours(text);
            if (BothReaders.refused(tomlj)) {
                assertTrue(BothReaders.refused(ours), "tomlj refuses (" + tomlj + "), ours reads:\n" + text);
            } else {
                assertEquals(tomlj, ours, text);
                read++;
            }
        }
        assertTrue(read > DOCUMENTS * 9 / 10, "most generated documents are TOML: " + read);
    }

    @Test
    @DisplayName("a generated document with a character dropped or a line repeated is refused by both or read the same")
    void brokenDocumentsAreRefusedAlike() {
        Random random = new Random(7L);
        int refused = 0;
        for (int i = 0; i < DOCUMENTS; i++) {
            String text = new Writer(random).document();
            String broken;
            if (random.nextBoolean() && !text.isEmpty()) {
                int at = random.nextInt(text.length());
                broken = text.substring(0, at) + text.substring(at + 1);
            } else {
                String[] lines = text.split("\n", -1);
                int at = random.nextInt(lines.length);
                broken = text + "\n" + lines[at] + "\n";
            }
            String tomlj = tomlj(broken);
            String ours = BothReaders.ours(broken);
            if (BothReaders.refused(tomlj)) {
                assertTrue(BothReaders.refused(ours), "tomlj refuses (" + tomlj + "), ours reads:\n" + broken);
                refused++;
            } else {
                assertEquals(tomlj, ours, broken);
            }
        }
        assertTrue(refused > DOCUMENTS / 4, "breaking a document mostly makes it no TOML: " + refused);
    }

    /**
     * tomlj's reading, but for one slip of its own: it refuses a date or time right before the ] or }
     * that closes an array or inline table ({b = 1979-05-27}, [07:32:00]), which TOML 1.0 allows, and
     * reads it with a space between. The generated text has ] and } nowhere else that a digit or Z
     * comes before them but in headers, where a space changes nothing either.
     */
    private static String tomlj(String text) {
        String tomlj = BothReaders.tomlj(text);
        if (BothReaders.refused(tomlj)) {
            return BothReaders.tomlj(text.replaceAll("(?<=[0-9Zz])([\\]}])", " $1"));
        }
        return tomlj;
    }

    /** Writes one random document; every key is unique in its table, so the document is TOML. */
    private static final class Writer {
        private final Random random;
        private final StringBuilder out = new StringBuilder();
        private int names;

        Writer(Random random) {
            this.random = random;
        }

        String document() {
            blankOrComment();
            keyValues(random.nextInt(4));
            int sections = random.nextInt(5);
            for (int s = 0; s < sections; s++) {
                blankOrComment();
                if (random.nextInt(3) == 0) {
                    String name = key();
                    int elements = 1 + random.nextInt(3);
                    for (int e = 0; e < elements; e++) {
                        out.append(spaces()).append("[[").append(spaces()).append(name).append(spaces()).append("]]")
                                .append(endOfLine());
                        keyValues(random.nextInt(3));
                        if (random.nextInt(3) == 0) {
                            out.append("[").append(name).append(".").append(key()).append("]").append(endOfLine());
                            keyValues(random.nextInt(3));
                        }
                    }
                } else {
                    String name = key() + (random.nextBoolean() ? "." + key() : "");
                    out.append(spaces()).append("[").append(spaces()).append(name).append(spaces()).append("]")
                            .append(endOfLine());
                    keyValues(random.nextInt(4));
                }
            }
            return out.toString();
        }

        private void keyValues(int count) {
            for (int i = 0; i < count; i++) {
                if (random.nextInt(4) == 0) {
                    blankOrComment();
                }
                String key = random.nextInt(4) == 0 ? key() + spaces() + "." + spaces() + key() : key();
                out.append(spaces()).append(key).append(spaces()).append("=").append(spaces()).append(value(0))
                        .append(endOfLine());
            }
        }

        private String key() {
            int n = ++names;
            return switch (random.nextInt(6)) {
                case 0 -> "\"k " + n + " \\u00e9.\\\"\"";
                case 1 -> "'k." + n + "'";
                case 2 -> String.valueOf(n);
                case 3 -> "key-" + n + "_x";
                default -> "k" + n;
            };
        }

        private String value(int depth) {
            int kinds = depth > 2 ? 13 : 15;
            return switch (random.nextInt(kinds)) {
                case 0 -> basicString();
                case 1 -> "'" + plainText(false).replace("'", "") + "'";
                case 2 -> "\"\"\"" + (random.nextBoolean() ? "\n" : "") + plainText(true) + "\\\n   " + plainText(true)
                        + "\"" + (random.nextBoolean() ? "\"" : "") + "\"\"\"";
                case 3 -> "'''" + (random.nextBoolean() ? "\n" : "") + plainText(true).replace("'''", "") + "\n'"
                        + "'''";
                case 4 -> integer();
                case 5 -> floating();
                case 6 -> random.nextBoolean() ? "true" : "false";
                case 7 -> date();
                case 8 -> time();
                case 9 -> date() + (random.nextBoolean() ? "T" : " ") + time();
                case 10 -> date() + "T" + time() + offset();
                case 11 -> String.valueOf(random.nextLong());
                case 12 -> "\"\"";
                case 13 -> array(depth);
                default -> inlineTable(depth);
            };
        }

        private String basicString() {
            StringBuilder s = new StringBuilder("\"");
            int length = random.nextInt(8);
            for (int i = 0; i < length; i++) {
                s.append(switch (random.nextInt(10)) {
                    case 0 -> "\\t";
                    case 1 -> "\\n";
                    case 2 -> "\\\"";
                    case 3 -> "\\\\";
                    case 4 -> String.format("\\u%04X", 0x20 + random.nextInt(0xD000));
                    case 5 -> String.format("\\U%08X", 0x10000 + random.nextInt(0x1000));
                    case 6 -> "é";
                    case 7 -> "\t";
                    default -> String.valueOf((char) ('a' + random.nextInt(26)));
                });
            }
            return s.append('"').toString();
        }

        private String plainText(boolean lines) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                int pick = random.nextInt(12);
                if (pick == 0 && lines) {
                    s.append('\n');
                } else if (pick == 1) {
                    s.append(' ');
                } else if (pick == 2) {
                    s.append("😀");
                } else if (pick == 3) {
                    s.append('#');
                } else {
                    s.append((char) ('A' + random.nextInt(26)));
                }
            }
            return s.toString().replace("\\", "");
        }

        private String integer() {
            long n = random.nextInt(2_000_000) - 1_000_000L;
            return switch (random.nextInt(6)) {
                case 0 -> "0x" + Long.toHexString(Math.abs(n)).toUpperCase();
                case 1 -> "0o" + Long.toOctalString(Math.abs(n));
                case 2 -> "0b" + Long.toBinaryString(Math.abs(n));
                case 3 -> (n >= 0 ? "+" : "") + n;
                case 4 -> String.format("%,d", n).replace(',', '_');
                default -> String.valueOf(n);
            };
        }

        private String floating() {
            return switch (random.nextInt(8)) {
                case 0 -> random.nextBoolean() ? "inf" : "-inf";
                case 1 -> random.nextBoolean() ? "nan" : "+nan";
                case 2 -> (random.nextInt(2000) - 1000) + "e" + (random.nextInt(40) - 20);
                case 3 -> random.nextInt(1000) + "." + random.nextInt(1000) + "E+" + random.nextInt(10);
                case 4 -> "1_000.000_5";
                case 5 -> "-0.0";
                default -> String.valueOf(random.nextDouble() * 1000 - 500);
            };
        }

        private String date() {
            return String.format("%04d-%02d-%02d", 1900 + random.nextInt(200), 1 + random.nextInt(12),
                    1 + random.nextInt(28));
        }

        private String time() {
            String time = String.format("%02d:%02d:%02d", random.nextInt(24), random.nextInt(60), random.nextInt(60));
            return random.nextInt(3) == 0 ? time + "." + (1 + random.nextInt(999_999)) : time;
        }

        private String offset() {
            return switch (random.nextInt(3)) {
                case 0 -> "Z";
                case 1 -> "z";
                // tomlj reads -00:45 as +00:45: the hours of a negative offset here are never 00
                default -> random.nextBoolean() ? String.format("+%02d:%02d", random.nextInt(18), random.nextInt(4) * 15)
                        : String.format("-%02d:%02d", 1 + random.nextInt(17), random.nextInt(4) * 15);
            };
        }

        private String array(int depth) {
            boolean lines = random.nextBoolean();
            StringBuilder s = new StringBuilder("[");
            int count = random.nextInt(4);
            for (int i = 0; i < count; i++) {
                s.append(lines ? "\n  " : spaces()).append(value(depth + 1));
                if (i < count - 1 || random.nextBoolean()) {
                    s.append(",");
                }
                if (lines && random.nextBoolean()) {
                    s.append(" # note ").append(i);
                }
            }
            return s.append(lines ? "\n" : spaces()).append("]").toString();
        }

        private String inlineTable(int depth) {
            StringBuilder s = new StringBuilder("{");
            int count = random.nextInt(3);
            for (int i = 0; i < count; i++) {
                String key = random.nextInt(4) == 0 ? key() + "." + key() : key();
                String value = value(depth + 1);
                while (value.contains("\n") && !value.startsWith("[")) {
                    value = integer(); // an inline table is one line but for its arrays
                }
                s.append(i > 0 ? "," : "").append(spaces()).append(key).append(" = ").append(value);
            }
            return s.append(spaces()).append("}").toString();
        }

        private String spaces() {
            return switch (random.nextInt(5)) {
                case 0 -> " ";
                case 1 -> "\t";
                case 2 -> "  ";
                default -> "";
            };
        }

        private String endOfLine() {
            return switch (random.nextInt(6)) {
                case 0 -> " # a comment, with \"quotes\" and = signs\n";
                case 1 -> "\r\n";
                case 2 -> "\t\n";
                default -> "\n";
            };
        }

        private void blankOrComment() {
            switch (random.nextInt(4)) {
                case 0 -> out.append("\n");
                case 1 -> out.append("# ").append(plainText(false)).append("\n");
                case 2 -> out.append("   \n");
                default -> { }
            }
        }
    }
}
