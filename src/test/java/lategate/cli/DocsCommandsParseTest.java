package lategate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every lategate command a reader may copy from the README or docs/ parses as lategate parses it:
 * a renamed option or a command that moved makes this fail, naming the page and line, so the docs
 * are mended with the code. In code blocks (fenced, or indented four spaces) a line that starts
 * {@code lategate }, {@code java -jar target/lategate.jar } or a pipe, {@code &&} or
 * {@code sudo -u lategate} before one, is a command. So is a code span in the text that starts
 * {@code lategate } and is a whole command: one with no {@code …}, {@code [option]} or
 * {@code a|b} in it, which are a usage's shorthand rather than something to type. Nothing is
 * run: picocli's parseArgs only.
 */
class DocsCommandsParseTest {

    private static final List<String> PREFIXES = List.of("java -jar target/lategate.jar ", "lategate ");

    /** One command found in the docs: where, and the words a shell would pass to lategate. */
    record DocCommand(String where, String text, List<String> args, boolean inText) {
    }

    @Test
    @DisplayName("every lategate command in README.md and docs/*.md parses")
    void everyDocumentedCommandParses() throws IOException {
        List<DocCommand> commands = new ArrayList<>();
        for (Path page : pages()) {
            commands.addAll(commandsIn(page));
        }
        assertTrue(commands.size() >= 40, "found only " + commands.size() + " commands in the docs: " + commands);
        List<String> failures = commands.stream().flatMap(c -> problem(c).stream()).toList();
        assertEquals("", String.join("\n", failures), failures.size() + " documented commands do not parse");
    }

    @Test
    @DisplayName("a command in the text may leave out required options, but not name one that does not exist")
    void textNamesRealCommandsAndOptions() {
        assertTrue(problem(new DocCommand("t.md:1", "", List.of("verify"), true)).isEmpty());
        assertTrue(problem(new DocCommand("t.md:1", "", List.of("verify"), false)).isPresent());
        assertTrue(problem(new DocCommand("t.md:1", "", List.of("verify", "--quik"), true)).isPresent());
        assertTrue(problem(new DocCommand("t.md:1", "", List.of("verfy"), true)).isPresent());
    }

    /**
     * Why a documented command does not parse, naming where it is. A command in a code block must
     * parse whole; one named in the text ("{@code lategate verify} walks the chain") may leave out
     * what is required, but every command and option it names must exist.
     */
    static java.util.Optional<String> problem(DocCommand command) {
        try {
            Main.commandLine(Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC))
                    .parseArgs(command.args().toArray(String[]::new));
            return java.util.Optional.empty();
        } catch (CommandLine.MissingParameterException e) {
            // picocli reports what is missing before what it does not know, so that is asked apart.
            java.util.Optional<String> unknown = command.inText() ? unknownName(command.args()) : java.util.Optional.of(e.getMessage());
            return unknown.map(why -> command.where() + ": " + command.text() + "\n    " + why);
        } catch (CommandLine.ParameterException e) {
            return java.util.Optional.of(command.where() + ": " + command.text() + "\n    " + e.getMessage());
        }
    }

    @Test
    @DisplayName("commands are found in code blocks, joined, unquoted and stripped of what the shell does")
    void readsCommandsAsAShellWould() {
        List<String> page = List.of(
                "Prose that starts",
                "lategate counts years: not a command.",
                "",
                "    echo 1234 | lategate claims confirm --school 'a b.toml' \\",
                "        --evidence \"card seen\" > out.txt",
                "",
                "1. Import:",
                "",
                "       sudo -u lategate lategate roster import --db x.db roster.csv",
                "",
                "```",
                "$ mvn -q package && java -jar target/lategate.jar demo --no-kiosk 2>&1",
                "```",
                "",
                "    [sync]",
                "    target = \"lategate \"",
                "",
                "Then run `lategate config check",
                "/etc/x.toml`, not `lategate report … --hub` nor `lategate book [--csv]`.");
        List<DocCommand> found = commandsIn("page.md", page);
        assertEquals(List.of(
                List.of("claims", "confirm", "--school", "a b.toml", "--evidence", "card seen"),
                List.of("roster", "import", "--db", "x.db", "roster.csv"),
                List.of("demo", "--no-kiosk"),
                List.of("config", "check", "/etc/x.toml")), found.stream().map(DocCommand::args).toList());
        assertEquals(List.of("page.md:4", "page.md:9", "page.md:12", "page.md:18"),
                found.stream().map(DocCommand::where).toList());
    }

    static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>();
        pages.add(Path.of("README.md"));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    private static List<DocCommand> commandsIn(Path page) throws IOException {
        return commandsIn(page.toString(), Files.readAllLines(page));
    }

    /** The commands in the code blocks and code spans of a page's lines. */
    static List<DocCommand> commandsIn(String name, List<String> lines) {
        List<DocCommand> commands = new ArrayList<>();
        boolean fenced = false;
        boolean indentedBlock = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
                indentedBlock = false;
                continue;
            }
            boolean blank = line.isBlank();
            if (!fenced) {
                // An indented code block starts after a blank line and runs while lines stay indented.
                boolean indented = line.startsWith("    ") && !blank;
                boolean previousBlank = i == 0 || lines.get(i - 1).isBlank();
                indentedBlock = indented && (indentedBlock || previousBlank) || blank && indentedBlock;
                if (!indentedBlock && !blank) {
                    i = spansInParagraph(name, lines, i, commands);
                }
                if (!indentedBlock || blank) {
                    continue;
                }
            }
            int first = i;
            StringBuilder joined = new StringBuilder(line.strip());
            while (joined.toString().endsWith("\\") && i + 1 < lines.size()) {
                joined.setLength(joined.length() - 1);
                joined.append(' ').append(lines.get(++i).strip());
            }
            String text = joined.toString();
            for (List<Word> segment : segments(words(text))) {
                lategateArgs(segment).ifPresent(args -> commands.add(new DocCommand(name + ":" + (first + 1), text, args, false)));
            }
        }
        return commands;
    }

    /** A command or option named in {@code args} that lategate does not have. */
    private static java.util.Optional<String> unknownName(List<String> args) {
        CommandLine command = Main.commandLine(Clock.systemUTC());
        int i = 0;
        while (i < args.size() && command.getSubcommands().containsKey(args.get(i))) {
            command = command.getSubcommands().get(args.get(i++));
        }
        if (i < args.size() && !args.get(i).startsWith("-") && !command.getSubcommands().isEmpty()
                && command.getCommandSpec().positionalParameters().isEmpty()) {
            return java.util.Optional.of("'" + command.getCommandName() + "' has no command '" + args.get(i) + "'");
        }
        for (String arg : args.subList(i, args.size())) {
            String name = arg.split("=", 2)[0];
            if (name.startsWith("-") && command.getCommandSpec().findOption(name) == null) {
                return java.util.Optional.of("'" + command.getCommandName() + "' has no option '" + name + "'");
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Reads the code spans of the paragraph of text starting at line {@code from} (a span may be
     * broken across lines) and adds those that are whole lategate commands; returns the paragraph's
     * last line.
     */
    private static int spansInParagraph(String name, List<String> lines, int from, List<DocCommand> commands) {
        int last = from;
        while (last + 1 < lines.size() && !lines.get(last + 1).isBlank() && !lines.get(last + 1).strip().startsWith("```")) {
            last++;
        }
        StringBuilder text = new StringBuilder();
        List<Integer> lineAt = new ArrayList<>(); // the page's line of each character of text
        for (int i = from; i <= last; i++) {
            String line = lines.get(i).strip() + " ";
            text.append(line);
            for (int c = 0; c < line.length(); c++) {
                lineAt.add(i + 1);
            }
        }
        java.util.regex.Matcher span = java.util.regex.Pattern.compile("(`+)(.+?)\\1").matcher(text);
        while (span.find()) {
            String code = span.group(2).strip().replaceAll("\\s+", " ");
            if (code.startsWith("lategate ") && !code.contains("…") && !code.contains("...")
                    && !code.contains("[") && !code.contains("|")) {
                String where = name + ":" + lineAt.get(span.start());
                commands.add(new DocCommand(where, code, withoutRedirections(words(code).subList(1, words(code).size())), true));
            }
        }
        return last;
    }

    /** The arguments to lategate when a shell segment runs it, else empty. */
    private static java.util.Optional<List<String>> lategateArgs(List<Word> segment) {
        List<Word> words = new ArrayList<>(segment);
        if (!words.isEmpty() && words.get(0).text().equals("$") && !words.get(0).quoted()) {
            words.remove(0);
        }
        if (words.size() >= 3 && words.get(0).is("sudo") && words.get(1).is("-u")) {
            words.subList(0, 3).clear();
        }
        String start = String.join(" ", words.stream().limit(3).map(Word::text).toList()) + " ";
        for (String prefix : PREFIXES) {
            int count = prefix.strip().split(" ").length;
            if (words.size() >= count && start.startsWith(prefix)
                    && words.subList(0, count).stream().noneMatch(Word::quoted)) {
                return java.util.Optional.of(withoutRedirections(words.subList(count, words.size())));
            }
        }
        return java.util.Optional.empty();
    }

    /** Drops what the shell does with the output: {@code > FILE}, {@code 2>&1}, {@code < FILE}. */
    private static List<String> withoutRedirections(List<Word> words) {
        List<String> args = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            String t = word.text();
            if (!word.quoted() && t.matches("[0-9]?(>>?|<)(&[0-9])?")) {
                if (!t.contains("&")) {
                    i++; // the file it names
                }
                continue;
            }
            if (!word.quoted() && t.matches("[0-9]?(>>?|<)&?.+")) {
                continue; // the file (or descriptor) written in the same word
            }
            args.add(t);
        }
        return args;
    }

    /** A word as the shell passes it on, and whether any of it was quoted. */
    record Word(String text, boolean quoted) {
        boolean is(String s) {
            return !quoted && text.equals(s);
        }
    }

    /** Splits words at unquoted {@code |}, {@code ||}, {@code &&} and {@code ;}. */
    private static List<List<Word>> segments(List<Word> words) {
        List<List<Word>> segments = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        for (Word word : words) {
            if (!word.quoted() && List.of("|", "||", "&&", ";").contains(word.text())) {
                segments.add(current);
                current = new ArrayList<>();
            } else {
                current.add(word);
            }
        }
        segments.add(current);
        return segments;
    }

    /** Words as a POSIX shell splits them: single quotes literal, double quotes and backslashes. */
    static List<Word> words(String line) {
        List<Word> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        boolean quoted = false;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                end = end < 0 ? line.length() : end;
                word.append(line, i + 1, end);
                inWord = true;
                quoted = true;
                i = end + 1;
            } else if (c == '"') {
                i++;
                while (i < line.length() && line.charAt(i) != '"') {
                    if (line.charAt(i) == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
                        i++;
                    }
                    word.append(line.charAt(i++));
                }
                i++;
                inWord = true;
                quoted = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(i + 1));
                inWord = true;
                i += 2;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(new Word(word.toString(), quoted));
                }
                word.setLength(0);
                inWord = false;
                quoted = false;
                i++;
            } else if (!inWord && (c == '|' || c == ';' || c == '&')) {
                // an operator standing alone or ending a word: "a|b" is rare in docs, "a | b" usual
                int end = i + 1;
                while (end < line.length() && "|&;".indexOf(line.charAt(end)) >= 0) {
                    end++;
                }
                words.add(new Word(line.substring(i, end), false));
                i = end;
            } else if (c == '#' && !inWord) {
                break; // a comment to the end of the line
            } else {
                word.append(c);
                inWord = true;
                i++;
            }
        }
        if (inWord) {
            words.add(new Word(word.toString(), quoted));
        }
        return words;
    }
}
