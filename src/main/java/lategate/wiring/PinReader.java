package lategate.wiring;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where a command gets PINs: typed on the console without being shown, or, when there is no
 * console (a script, a test), one line each from an input. Never from the command line, where
 * PINs would stay in the shell's history and the process list.
 */
public interface PinReader {

    /** A PIN the person knows already, such as an administrator's for --as; empty if none was given. */
    char[] pin(String prompt);

    /** A new PIN: typed twice on a console, and refused if the two differ; one line otherwise. */
    char[] newPin(String prompt);

    /** The console when there is one, at the time of reading; otherwise lines of standard input. */
    static PinReader standard() {
        return new Standard();
    }

    /** One PIN a line from {@code in}, in order: for scripts, and for tests without a terminal. */
    static PinReader lines(Reader in) {
        return new Lines(new BufferedReader(in));
    }

    /** Reads the console if there is one, else standard input, deciding at each read. */
    final class Standard implements PinReader {
        private PinReader stdin;

        @Override
        public char[] pin(String prompt) {
            return current().pin(prompt);
        }

        @Override
        public char[] newPin(String prompt) {
            return current().newPin(prompt);
        }

        private PinReader current() {
            Console console = System.console();
            if (console != null) {
                return new OnConsole(console);
            }
            if (stdin == null) {
                stdin = lines(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            }
            return stdin;
        }
    }

    /** Typed on the console, never shown. */
    final class OnConsole implements PinReader {
        private final Console console;

        public OnConsole(Console console) {
            this.console = console;
        }

        @Override
        public char[] pin(String prompt) {
            char[] pin = console.readPassword("%s", prompt);
            return pin == null ? new char[0] : pin;
        }

        @Override
        public char[] newPin(String prompt) {
            char[] pin = pin(prompt);
            char[] again = pin("Same PIN again: ");
            try {
                if (!Arrays.equals(pin, again)) {
                    Arrays.fill(pin, '\0');
                    throw new BadInputException("the two PINs typed differ; nothing was changed");
                }
                return pin;
            } finally {
                Arrays.fill(again, '\0');
            }
        }
    }

    /**
     * One PIN a line; spaces around it are ignored. A line is read up to {@link #MAX_LINE} characters
     * only, so {@code /dev/zero} or a file with no line ends given as standard input is refused
     * rather than read until the memory runs out.
     */
    final class Lines implements PinReader {
        /** A PIN is at most 12 digits; this leaves room for spaces around it and a carriage return. */
        static final int MAX_LINE = 256;
        private final BufferedReader in;

        public Lines(BufferedReader in) {
            this.in = in;
        }

        @Override
        public char[] pin(String prompt) {
            char[] line = new char[MAX_LINE];
            int length = 0;
            try {
                int c = in.read();
                if (c == -1) {
                    return new char[0];
                }
                for (; c != -1 && c != '\n'; c = in.read()) {
                    if (length == MAX_LINE) {
                        throw new BadInputException("a line of standard input given as a PIN is longer than " + MAX_LINE
                                + " characters: a PIN is 4 to 12 digits, one a line");
                    }
                    line[length++] = (char) c;
                }
                return new String(line, 0, length).strip().toCharArray();
            } catch (IOException e) {
                throw new BadInputException("cannot read a PIN from standard input: " + e.getMessage());
            } finally {
                Arrays.fill(line, '\0');
            }
        }

        @Override
        public char[] newPin(String prompt) {
            return pin(prompt);
        }
    }
}
