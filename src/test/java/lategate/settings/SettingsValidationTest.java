package lategate.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of settings error names the file, the line and the key; all of them come out at once. */
@Tag("attack")
class SettingsValidationTest {

    @TempDir
    Path dir;

    /** A small valid file; cases below break one line of it. Line numbers are as written here. */
    private static final String VALID = String.join("\n",
            "[school]",                                    // 1
            "id = \"test\"",                               // 2
            "name = \"Test School\"",                      // 3
            "time_zone = \"Europe/London\"",               // 4
            "policy = \"Policy\"",                         // 5
            "",                                            // 6
            "[registers.am]",                              // 7
            "taken = \"08:45\"",                           // 8
            "closes = \"09:10\"",                          // 9
            "source = \"§4\"",                             // 10
            "",                                            // 11
            "[registers.pm]",                              // 12
            "taken = \"13:15\"",                           // 13
            "closes = \"13:45\"",                          // 14
            "source = \"§4\"",                             // 15
            "",                                            // 16
            "[day]",                                       // 17
            "ends = \"15:15\"",                            // 18
            "grace_after_close_minutes = 0",               // 19
            "",                                            // 20
            "[calendar]",                                  // 21
            "year_starts = 2026-09-01",                    // 22
            "year_ends = 2027-07-31",                      // 23
            "",                                            // 24
            "[[calendar.terms]]",                          // 25
            "name = \"Autumn term\"",                      // 26
            "starts = 2026-09-03",                         // 27
            "ends = 2026-12-18",                           // 28
            "",                                            // 29
            "[[reasons]]",                                 // 30
            "key = \"transport\"",                         // 31
            "label = \"Bus or traffic\"",                  // 32
            "");

    private List<SettingsProblem> problems(String text) throws IOException {
        Path file = dir.resolve("test.toml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> SchoolSettings.load(file));
        return e.problems();
    }

    private static String replaceLine(String text, int line, String replacement) {
        List<String> lines = new java.util.ArrayList<>(List.of(text.split("\n", -1)));
        lines.set(line - 1, replacement);
        return String.join("\n", lines);
    }

    private static void assertOneProblem(List<SettingsProblem> problems, int line, String key, String words) {
        assertEquals(1, problems.size(), problems.stream().map(Object::toString).collect(Collectors.joining("\n")));
        SettingsProblem p = problems.get(0);
        assertEquals(line, p.line(), p.toString());
        assertEquals(key, p.key(), p.toString());
        assertTrue(p.message().contains(words), p.toString());
        assertTrue(p.toString().startsWith(p.file() + ":" + line + ": " + key + ": "), p.toString());
    }

    @Test
    @DisplayName("the valid sample loads, so each case below breaks exactly one thing")
    void sampleIsValid() throws Exception {
        Path file = dir.resolve("test.toml");
        Files.writeString(file, VALID, StandardCharsets.UTF_8);
        assertEquals("Test School", SchoolSettings.load(file).name());
    }

    @Test
    @DisplayName("an exit PIN hash with 2^31 iterations (a kiosk frozen at every exit) is refused at its line")
    void pinHashWithTooManyIterations() throws Exception {
        String frozen = VALID + "[kiosk]\nexit_pin_hash = \"pbkdf2-sha256$2147483647$/g6+bwUoIuZW6+YDP+vwmQ==$"
                + "781kTH3UhpHvijm18bVAIwWuOL0T3ABUskniYqNczqk=\"\n";
        assertOneProblem(problems(frozen), 34, "kiosk.exit_pin_hash", "too many iterations (2147483647; at most "
                + lategate.app.PinHash.MAX_ITERATIONS);
    }

    @Test
    @DisplayName("a 1,000-deep array is refused at its line, not a stack overflow")
    void deepNestingRefused() throws Exception {
        String deep = VALID + "deep = " + "[".repeat(1000) + "]".repeat(1000) + "\n";
        List<SettingsProblem> found = problems(deep);
        assertEquals(1, found.size(), found.toString());
        assertEquals(33, found.get(0).line(), found.toString());
        assertTrue(found.get(0).message().contains("nested more than 100 deep"),
                found.toString());
    }

    @Test
    @DisplayName("1,000-deep inline tables are refused at their line too")
    void deepInlineTablesRefused() throws Exception {
        String deep = VALID + "deep = " + "{ a = ".repeat(1000) + "1" + " }".repeat(1000) + "\n";
        List<SettingsProblem> found = problems(deep);
        assertEquals(1, found.size(), found.toString());
        assertEquals(33, found.get(0).line(), found.toString());
        assertTrue(found.get(0).message().contains("nested more than 100 deep"), found.toString());
    }

    @Test
    @DisplayName("a settings file over 1 MiB, or /dev/zero, is refused by its size before it is read whole")
    void hugeFileRefused() throws Exception {
        Path big = dir.resolve("big.toml");
        Files.writeString(big, VALID + "# " + "x".repeat(2 * 1024 * 1024) + "\n", StandardCharsets.UTF_8);
        for (Path file : List.of(big, Path.of("/dev/zero"))) {
            InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> SchoolSettings.load(file));
            assertEquals(1, e.problems().size(), e.problems().toString());
            assertTrue(e.problems().get(0).toString().startsWith(file.toString()), e.problems().toString());
            assertTrue(e.problems().get(0).message().contains("larger than 1 MiB"), e.problems().toString());
        }
    }

    @Test
    @DisplayName("an unknown key is named with its line and the keys that are allowed")
    void unknownKey() throws Exception {
        assertOneProblem(problems(replaceLine(VALID, 6, "colour = \"blue\"")), 6, "school.colour", "unknown key");
    }

    @Test
    @DisplayName("a missing value is named with the line of its table")
    void missingValue() throws Exception {
        assertOneProblem(problems(replaceLine(VALID, 9, "")), 7, "registers.am.closes", "missing value");
    }

    @Test
    @DisplayName("a register that closes before it is taken is named at its close")
    void closeBeforeTaken() throws Exception {
        assertOneProblem(problems(replaceLine(VALID, 9, "closes = \"08:30\"")), 9, "registers.am.closes",
                "before it is taken at 08:45");
    }

    @Test
    @DisplayName("overlapping registers are named at the afternoon register")
    void overlappingRegisters() throws Exception {
        assertOneProblem(problems(replaceLine(VALID, 13, "taken = \"09:00\"")), 13, "registers.pm.taken", "overlap");
    }

    @Test
    @DisplayName("grace that runs into the afternoon register is an overlap too (Seagrave §6.1 vs §8)")
    void graceIntoAfternoon() throws Exception {
        List<SettingsProblem> problems = problems(replaceLine(replaceLine(VALID, 9, "closes = \"09:20\""), 19,
                "grace_after_close_minutes = 240"));
        assertEquals(List.of(13, 18), problems.stream().map(SettingsProblem::line).toList(), problems.toString());
        assertEquals(List.of("registers.pm.taken", "day.ends"), problems.stream().map(SettingsProblem::key).toList());
        assertTrue(problems.get(0).message().contains("240 minutes' grace"), problems.toString());
    }

    @Test
    @DisplayName("a bad time zone is named")
    void badTimeZone() throws Exception {
        assertOneProblem(problems(replaceLine(VALID, 4, "time_zone = \"Europe/Londres\"")), 4, "school.time_zone",
                "not a time zone");
    }

    @Test
    @DisplayName("a bad date is named, whether a TOML date or text")
    void badDate() throws Exception {
        assertOneProblem(problems(replaceLine(VALID, 23, "year_ends = \"2027-02-30\"")), 23, "calendar.year_ends",
                "not a date");
        List<SettingsProblem> tomlDate = problems(replaceLine(VALID, 23, "year_ends = 2027-02-30"));
        assertEquals(23, tomlDate.get(0).line(), tomlDate.toString());
    }

    @Test
    @DisplayName("a bad time of day is named")
    void badTime() throws Exception {
        assertOneProblem(problems(replaceLine(VALID, 8, "taken = \"8.45am\"")), 8, "registers.am.taken",
                "not a time of day");
    }

    @Test
    @DisplayName("overlapping terms are named at the later term")
    void overlappingTerms() throws Exception {
        String text = VALID + "\n[[calendar.terms]]\nname = \"Spring term\"\nstarts = 2026-12-01\nends = 2027-03-25\n";
        List<SettingsProblem> problems = problems(text);
        assertOneProblem(problems, 36, "calendar.terms[2].starts", "overlaps the term 'Autumn term'");
    }

    @Test
    @DisplayName("a reason may not authorise a code that is not an authorised absence")
    void reasonCannotAuthoriseL() throws Exception {
        assertOneProblem(problems(VALID + "authorises = \"U\"\n"), 33, "reasons[1].authorises",
                "not an authorised-absence code");
    }

    @Test
    @DisplayName("several problems are all listed at once, in line order")
    void allProblemsAtOnce() throws Exception {
        String text = replaceLine(replaceLine(replaceLine(replaceLine(VALID, 4, "time_zone = \"Mars/Olympus\""),
                6, "colour = \"blue\""), 9, "closes = \"08:30\""), 23, "year_ends = \"2027-13-01\"");
        List<SettingsProblem> problems = problems(text);
        assertEquals(List.of(4, 6, 9, 23), problems.stream().map(SettingsProblem::line).toList(), problems.toString());
        assertEquals(List.of("school.time_zone", "school.colour", "registers.am.closes", "calendar.year_ends"),
                problems.stream().map(SettingsProblem::key).toList());
    }

    @Test
    @DisplayName("an academic year that ends before it starts does not hide the problems of its terms")
    void yearBackwardsStillChecksTerms() throws Exception {
        List<SettingsProblem> problems = problems(replaceLine(replaceLine(VALID, 23, "year_ends = 2026-07-31"), 26,
                "name = \"\""));
        assertEquals(List.of(23, 26), problems.stream().map(SettingsProblem::line).toList(), problems.toString());
        assertEquals(List.of("calendar.year_ends", "calendar.terms[1].name"),
                problems.stream().map(SettingsProblem::key).toList());
        assertTrue(problems.get(1).message().contains("must not be empty"), problems.toString());
    }

    @Test
    @DisplayName("a term outside the academic year is named, and its closures are not called 'not inside any term'")
    void termOutsideYearKeepsItsClosures() throws Exception {
        String text = VALID + String.join("\n",
                "",                                        // 33
                "[[calendar.terms]]",                      // 34
                "name = \"Summer term\"",                  // 35
                "starts = 2027-04-12",                     // 36
                "ends = 2027-08-20",                       // 37
                "",                                        // 38
                "[[calendar.closures]]",                   // 39
                "name = \"Summer half term\"",             // 40
                "kind = \"holiday\"",                      // 41
                "starts = 2027-05-31",                     // 42
                "ends = 2027-06-04",                       // 43
                "");
        assertOneProblem(problems(text), 37, "calendar.terms[2].ends", "not inside the academic year");
    }

    @Test
    @DisplayName("a closure is checked against a term that has another problem, such as no name")
    void closureInsideUnnamedTermIsInsideATerm() throws Exception {
        String text = replaceLine(VALID, 26, "name = \"\"") + String.join("\n",
                "",                                        // 33
                "[[calendar.closures]]",                   // 34
                "name = \"Autumn half term\"",             // 35
                "kind = \"holiday\"",                      // 36
                "starts = 2026-10-26",                     // 37
                "ends = 2026-10-30",                       // 38
                "");
        assertOneProblem(problems(text), 26, "calendar.terms[1].name", "must not be empty");
    }

    @Test
    @DisplayName("a reason with a wrong code still has its key and label checked")
    void badAuthorisesDoesNotHideKeyAndLabel() throws Exception {
        String text = replaceLine(replaceLine(VALID, 31, "key = \"Transport\""), 32,
                "label = \"" + "x".repeat(41) + "\"") + "authorises = \"U\"\n";
        List<SettingsProblem> problems = problems(text);
        assertEquals(List.of("reasons[1].key", "reasons[1].label", "reasons[1].authorises"),
                problems.stream().map(SettingsProblem::key).toList(), problems.toString());
    }

    @Test
    @DisplayName("a file that is not TOML names the line of the syntax error")
    void syntaxError() throws Exception {
        List<SettingsProblem> problems = problems(replaceLine(VALID, 8, "taken = 08:45\""));
        assertEquals(8, problems.get(0).line(), problems.toString());
        assertEquals("not valid TOML at column 9: a time is written HH:MM:SS, with its seconds, e.g. 08:45:00 "
                + "(or as text in quotes, e.g. \"08:45\", where the settings ask for one)", problems.get(0).message());
    }

    @Test
    @DisplayName("every shipped profile loads, and cites a policy section or says the school must confirm")
    void shippedProfilesLoadAndCite() throws Exception {
        for (String id : List.of("oak-meadow", "russell", "psa", "kts", "seagrave", "demo")) {
            Path file = Path.of("config", "schools", id + ".toml");
            assertEquals(id, SchoolSettings.load(file).id());
            if (!id.equals("demo")) {
                String text = Files.readString(file);
                for (String key : List.of("taken = \"", "closes = \"", "ends = \"", "grace_after_close_minutes", "years =")) {
                    text.lines().filter(l -> l.strip().startsWith(key)).forEach(l -> assertTrue(
                            l.contains("§") || l.contains("school to confirm") || l.contains("not stated")
                                    || l.contains("policy"), id + ": value without a citation: " + l));
                }
            }
        }
    }

    @Test
    @DisplayName("a named pipe given as the settings file is refused at once, not waited on for ever")
    void namedPipeRefused() throws Exception {
        Path pipe = lategate.files.OversizedFiles.fifo(dir.resolve("school.toml"));
        InvalidSettingsException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(10), () -> assertThrows(InvalidSettingsException.class,
                        () -> SchoolSettings.load(pipe)));
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).message().contains("is a named pipe"), e.problems().toString());
    }
}
