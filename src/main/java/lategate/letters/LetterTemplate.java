package lategate.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A letter's wording as the school writes it, with {{field}} where the pupil's details go. Read
 * whole before anything is written, so a field the program does not know, or a brace left open,
 * is reported with its file and line instead of reaching a family.
 */
final class LetterTemplate {

    private final String name;
    private final List<Part> parts;

    private sealed interface Part permits Literal, Field {
    }

    private record Literal(String text) implements Part {
    }

    private record Field(String name) implements Part {
    }

    private LetterTemplate(String name, List<Part> parts) {
        this.name = name;
        this.parts = List.copyOf(parts);
    }

    /** The template's name for messages, e.g. "config/letters/stage-2.txt". */
    public String name() {
        return name;
    }

    /**
     * Reads a template, refusing unknown fields and unclosed braces; every problem is collected as
     * "NAME:LINE: message".
     */
    public static LetterTemplate parse(String name, String text, Set<String> fields, List<String> problems) {
        List<Part> parts = new ArrayList<>();
        int line = 1;
        int i = 0;
        StringBuilder literal = new StringBuilder();
        while (i < text.length()) {
            if (text.startsWith("{{", i)) {
                int close = text.indexOf("}}", i + 2);
                int newline = text.indexOf('\n', i + 2);
                if (close < 0 || (newline >= 0 && newline < close)) {
                    problems.add(name + ":" + line + ": '{{' is not closed with '}}' on the same line");
                    i += 2;
                    continue;
                }
                String field = text.substring(i + 2, close).strip();
                if (!fields.contains(field)) {
                    problems.add(name + ":" + line + ": {{" + field + "}} is not a letter field; the fields are "
                            + String.join(", ", fields.stream().sorted().toList()));
                }
                parts.add(new Literal(literal.toString()));
                literal.setLength(0);
                parts.add(new Field(field));
                i = close + 2;
                continue;
            }
            if (text.startsWith("}}", i)) {
                problems.add(name + ":" + line + ": '}}' without an opening '{{'");
            }
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            }
            literal.append(c);
            i++;
        }
        parts.add(new Literal(literal.toString()));
        return new LetterTemplate(name, parts);
    }

    /** The letter for one pupil; every field was checked when the template was read. */
    public String render(Map<String, String> values) {
        StringBuilder letter = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Literal l) {
                letter.append(l.text());
            } else if (part instanceof Field f) {
                letter.append(values.getOrDefault(f.name(), ""));
            }
        }
        return letter.toString();
    }
}
