package lategate.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How a problem is printed: editors and people both read {@code file:line: message}. */
class RosterProblemTest {

    @Test
    @DisplayName("a problem on a line prints as file, line and message")
    void lineProblemPrintsItsLine() {
        assertEquals("roster.csv:3: given_name is blank", new RosterProblem("roster.csv", 3, "given_name is blank")
                .toString());
    }

    @Test
    @DisplayName("a problem with the whole file prints as file and message, without a line 0")
    void wholeFileProblemPrintsNoLine() {
        assertEquals("/tmp/missing.csv: no such file", RosterProblem.wholeFile("/tmp/missing.csv", "no such file")
                .toString());
    }

    @Test
    @DisplayName("a negative line number is refused, as no file has one")
    void negativeLineRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RosterProblem("roster.csv", -1, "x"));
    }
}
