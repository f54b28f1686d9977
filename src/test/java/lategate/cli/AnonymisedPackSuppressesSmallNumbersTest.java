package lategate.cli;

import static lategate.TestBadges.printed;
import static lategate.cli.CommandLineRun.lategate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `report pack --anonymise` applies small-number suppression, as official statistics do (GSS/ONS
 * statistical disclosure control, DfE practice for school statistics; UK GDPR Art. 5(1)(c) and
 * (f); ICO anonymisation guidance): a count of 1 or 2 is "fewer than 3", a group of fewer than 10
 * pupils is withheld with a note saying why. The demo school, block 3 (2 to 27 November 2026): 27
 * pupils, 14 in Year 4 (5 of them looked after), 10 in Year 5, 3 in Year 6; one looked-after pupil
 * late once, two others late 3 and 4 times (one U).
 */
class AnonymisedPackSuppressesSmallNumbersTest {

    private static final String DEMO = "config/schools/demo.toml";
    private static final Clock FRIDAY_27_NOV = Clock.fixed(Instant.parse("2026-11-27T16:00:00Z"),
            ZoneId.of("Europe/London"));

    @TempDir
    Path dir;
    private String db;

    @BeforeEach
    void school() throws Exception {
        db = dir.resolve("demo.db").toString();
        StringBuilder roster = new StringBuilder("pupil_id,given_name,family_name,year,class,badge,send,pupil_premium,"
                + "fsm,lac,eal\n");
        for (int i = 1; i <= 27; i++) {
            String year = i <= 14 ? "4" : i <= 24 ? "5" : "6";
            roster.append(String.format("P%02d,Given%02d,Family%02d,%s,%sA,B%04d,,,,%s,%n", i, i, i, year, year, i,
                    i <= 5 ? "yes" : ""));
        }
        Path file = dir.resolve("roster.csv");
        Files.writeString(file, roster.toString(), StandardCharsets.UTF_8);
        CommandLineRun imported = lategate(FRIDAY_27_NOV, "roster", "import", "--school", DEMO, "--db", db,
                file.toString());
        assertEquals(0, imported.exit(), imported.err());
        for (String[] scan : new String[][] {
                {"B0001", "2026-11-23T08:55:00"},   // looked after: 1 late mark
                {"B0010", "2026-11-02T08:55:00"}, {"B0010", "2026-11-03T08:55:00"}, {"B0010", "2026-11-04T08:55:00"},
                {"B0020", "2026-11-09T08:55:00"}, {"B0020", "2026-11-10T08:55:00"}, {"B0020", "2026-11-11T08:55:00"},
                {"B0020", "2026-11-12T09:20:00"}}) { // a U
            CommandLineRun run = lategate(FRIDAY_27_NOV, "sign-in", "--school", DEMO, "--db", db, "--badge",
                    printed(scan[0]), "--at", scan[1]);
            assertEquals(0, run.exit(), run.err());
        }
    }

    private String pack(String name, String... more) throws Exception {
        Path out = dir.resolve(name);
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("report", "pack", "--school", DEMO,
                "--db", db, "--block", "3", "--out", out.toString()));
        args.addAll(java.util.List.of(more));
        CommandLineRun run = lategate(FRIDAY_27_NOV, args.toArray(String[]::new));
        assertEquals(0, run.exit(), run.err());
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static String section(String html, String id) {
        int from = html.indexOf("<section id=\"" + id + "\">");
        assertTrue(from >= 0, id);
        return html.substring(from, html.indexOf("</section>", from));
    }

    @Test
    @DisplayName("named, the pack shows the 5 looked-after pupils and the 1 late: the figures the anonymised pack "
            + "must not give out")
    void namedShowsTheSmallGroup() throws Exception {
        String groups = section(pack("named.html"), "groups");
        assertTrue(groups.contains("<th scope=\"row\">Looked after</th><td class=\"num\">5</td><td class=\"num\">1</td>"),
                groups);
    }

    @Test
    @DisplayName("anonymised: no group under 10 pupils, no count of 1 or 2 in any table, and notes saying why")
    void anonymisedSuppresses() throws Exception {
        String html = pack("governors.html", "--anonymise");

        String groups = section(html, "groups");
        assertFalse(groups.contains("Looked after</th>"), "5 looked-after pupils: withheld: " + groups);
        assertFalse(groups.contains("Year 6</th>"), "3 pupils in Year 6: withheld: " + groups);
        assertFalse(groups.contains("Year 5</th>"), "Year 5 is withheld with Year 6, or the roll minus Years 4 and 5 "
                + "would give Year 6 back: " + groups);
        Matcher rows = Pattern.compile("<th scope=\"row\">([^<]+)</th><td class=\"num\">(\\d+)</td>").matcher(groups);
        int shown = 0;
        while (rows.find()) {
            shown++;
            assertTrue(Integer.parseInt(rows.group(2)) >= 10, rows.group(1) + " has " + rows.group(2) + " pupils");
        }
        assertTrue(shown > 0, "Year 4 (14 pupils, 13 outside it) is shown: " + groups);
        assertTrue(groups.contains("Anonymised, with small-number suppression as official statistics use it, so that "
                + "no child can be picked out: classes are left out; 3 groups were withheld for having fewer than 10 "
                + "pupils in it or outside it, or so that a withheld group cannot be worked out from the total and the "
                + "others; a count of 1 or 2 is shown as “fewer than 3”"), groups);

        for (String id : new String[] {"summary", "groups", "reasons", "holidays", "thresholds"}) {
            String part = section(html, id);
            assertFalse(Pattern.compile("<td class=\"num\">[12]</td>").matcher(part).find(),
                    "a count of 1 or 2 in " + id + ": " + part);
        }
        // The pupils' table: every count cell after the rank.
        String pupils = section(html, "pupils").replaceAll("<tr[^>]*><td class=\"num\">\\d+</td>", "<tr>");
        assertFalse(Pattern.compile("<td class=\"num\">[12]</td>").matcher(pupils).find(), pupils);

        String summary = section(html, "summary");
        assertTrue(summary.contains("<th scope=\"row\">U: after it closed (an unauthorised absence)</th>"
                + "<td class=\"num\">fewer than 3</td>"), summary);
        assertTrue(summary.contains("<th scope=\"row\">L: late before the register closed</th>"
                + "<td class=\"num\">withheld</td>"), "7 L beside 1 U and 8 late marks would give the U back: "
                + summary);
        assertTrue(section(html, "reasons").contains("reason was withheld for having been given by fewer than 10 "
                + "pupils"), section(html, "reasons"));
    }
}
