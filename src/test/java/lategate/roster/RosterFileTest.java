package lategate.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lategate.domain.pupil.Pupil;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a roster: every problem with its line, nothing half-read. */
class RosterFileTest {

    private static RosterFile.Result read(String text) {
        return RosterFile.read("roster.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> problems(RosterFile.Result result) {
        return assertInstanceOf(RosterFile.Invalid.class, result).problems().stream().map(Object::toString).toList();
    }

    @Test
    @DisplayName("a file with three different errors is refused with three messages, each with its line")
    void threeErrorsThreeMessages() {
        List<String> problems = problems(read("""
                pupil_id,given_name,family_name,year,class,badge,send
                P1,Amelia,Jones,4,4B,B001,no
                P2,,Smith,4,4B,B002,no
                P1,Oliver,Brown,5,5A,B003,no
                P4,Isla,Khan,5,5A,B004,maybe
                """));
        assertEquals(List.of(
                "roster.csv:3: given_name is blank",
                "roster.csv:4: pupil_id 'P1' is already used on line 2",
                "roster.csv:5: send must be yes or no, not 'maybe' (or an SEN status: N none, K SEN support, E EHC "
                        + "plan)"), problems);
    }

    @Test
    @DisplayName("a duplicate badge is refused, naming the line that has it first")
    void duplicateBadge() {
        assertEquals(List.of("roster.csv:3: badge 'B001' is already used on line 2"), problems(read("""
                pupil_id,given_name,family_name,year,class,badge
                P1,Amelia,Jones,4,4B,B001
                P2,Oliver,Smith,4,4B,B001
                """)));
    }

    @Test
    @DisplayName("a missing column is named on the header line")
    void missingColumn() {
        assertEquals(List.of("roster.csv:1: missing column 'badge'"), problems(read("""
                pupil_id,given_name,family_name,year,class
                P1,Amelia,Jones,4,4B
                """)));
    }

    @Test
    @DisplayName("a file saved in Windows-1252 is refused with the line of the first bad byte")
    void notUtf8() {
        byte[] latin1 = "pupil_id,given_name,family_name,year,class,badge\nP1,Zo\u00eb,Jones,4,4B,B001\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        List<String> problems = problems(RosterFile.read("roster.csv", latin1));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("roster.csv:2: the file is not UTF-8"), problems.get(0));
    }

    @Test
    @DisplayName("Zoë, Siobhán, O'Neill and Nguyễn are read exactly, from Excel's UTF-8 with a byte-order mark")
    void namesSurvive() {
        RosterFile.Result result = read("\uFEFFpupil_id,given_name,family_name,year,class,badge,eal\r\n"
                + "P1,Zoë,O'Neill,R,RB,B001,yes\r\n"
                + "P2,Siobhán,\"Nguyễn, Thị\",6,6C,B002,\r\n");
        List<Pupil> pupils = assertInstanceOf(RosterFile.Valid.class, result).pupils();
        assertEquals("Zoë", pupils.get(0).givenName());
        assertEquals("O'Neill", pupils.get(0).familyName());
        assertTrue(pupils.get(0).characteristics().englishAdditionalLanguage());
        assertEquals("Siobhán", pupils.get(1).givenName());
        assertEquals("Nguyễn, Thị", pupils.get(1).familyName());
    }

    @Test
    @DisplayName("a name typed in decomposed form (a Mac) is stored as the same name as the composed form")
    void decomposedNamesAreNormalised() {
        RosterFile.Result result = read("pupil_id,given_name,family_name,year,class,badge\nP1,Zoe\u0308,Jones,4,4B,B1\n");
        assertEquals("Zo\u00eb", assertInstanceOf(RosterFile.Valid.class, result).pupils().get(0).givenName());
    }

    @Test
    @DisplayName("a roster with nobody in it is refused, so it cannot make every pupil a leaver")
    void emptyRosterRefused() {
        assertEquals(1, problems(read("pupil_id,given_name,family_name,year,class,badge\n")).size());
    }

    @Test
    @DisplayName("a column lategate does not use is ignored and named, not refused: an MIS export carries far more "
            + "than a late gate needs (docs/mis-exports.md)")
    void unknownColumnIgnoredAndNamed() {
        RosterFile.Valid valid = assertInstanceOf(RosterFile.Valid.class, read(
                "pupil_id,given_name,family_name,year,class,badge,pupil_premum,Home Address\n"
                + "P1,A,B,4,4B,B1,yes,1 High St\n"));
        assertEquals(List.of("pupil_premum", "Home Address"), valid.ignored());
        assertEquals(false, valid.pupils().get(0).characteristics().pupilPremium());
    }

    @Test
    @DisplayName("a file that does not exist is named by the path as given, with no line number")
    void missingFileNamedByItsPath(@TempDir Path dir) {
        Path missing = dir.resolve("spring").resolve("missing.csv");
        assertEquals(List.of(missing + ": no such file"), problems(RosterFile.read(missing)));
    }

    @Test
    @DisplayName("a folder given instead of a file is named by its whole path and called a folder")
    void folderIsNotACsvFile(@TempDir Path dir) {
        assertEquals(List.of(dir + ": is a folder, not a CSV file"), problems(RosterFile.read(dir)));
    }

    @Test
    @DisplayName("a file read from disk names its problems on a line by the file name and the line")
    void fileOnDiskNamesLinesByFileName(@TempDir Path dir) throws Exception {
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, "pupil_id,given_name,family_name,year,class,badge\nP1,,Jones,4,4B,B001\n");
        assertEquals(List.of("roster.csv:2: given_name is blank"), problems(RosterFile.read(roster)));
    }

    @Test
    @DisplayName("a problem in a record whose quoted name spans two lines is reported on the line the record starts")
    void multiLineRecordReportedWhereItStarts() {
        assertEquals(List.of("roster.csv:2: given_name holds a control character (newline, U+000A) at character 5, and must be one line: type it again without it", "roster.csv:4: class is blank"),
                problems(read("""
                pupil_id,given_name,family_name,year,class,badge
                P1,"Mary
                Anne",Jones,4,4B,B001
                P2,Oliver,Smith,4,,B002
                """)));
    }

    @Test
    @DisplayName("blank lines, at the top and between pupils, are skipped without shifting line numbers")
    void blankLinesKeepLineNumbers() {
        assertEquals(List.of("roster.csv:7: given_name is blank",
                "roster.csv:8: badge 'B001' is already used on line 4"), problems(read(
                "\r\npupil_id,given_name,family_name,year,class,badge\r\n\r\nP1,Amelia,Jones,4,4B,B001\r\n"
                        + "\r\n\r\nP2,,Smith,4,4B,B002\r\nP3,Isla,Khan,5,5A,B001\r\n")));
    }

    @Test
    @DisplayName("rows of empty cells that Excel leaves at the end of a sheet are skipped like blank lines")
    void excelEmptyRowsSkipped() {
        RosterFile.Result result = read("pupil_id,given_name,family_name,year,class,badge\r\n"
                + "P1,Amelia,Jones,4,4B,B001\r\n,,,,,\r\n,,,,,,\r\n , ,,,,\r\n");
        assertEquals(1, assertInstanceOf(RosterFile.Valid.class, result).pupils().size());
    }

    @Test
    @DisplayName("a row of empty cells between pupils is skipped and the lines after it keep their numbers")
    void emptyRowBetweenPupilsSkipped() {
        assertEquals(List.of("roster.csv:4: given_name is blank"), problems(read("""
                pupil_id,given_name,family_name,year,class,badge
                ,,,,,
                P1,Amelia,Jones,4,4B,B001
                P2,,Smith,4,4B,B002
                """)));
    }

    @Test
    @DisplayName("a file of nothing but empty rows is refused as empty")
    void onlyEmptyRowsIsEmpty() {
        List<String> problems = problems(read(",,,,,\n,,,,,\n"));
        assertTrue(problems.get(0).startsWith("roster.csv:1: the file is empty"), problems.get(0));
    }

    @Test
    @DisplayName("a quote left open is reported on the line it opens, in words, with no Java class names")
    void unclosedQuoteOnItsLine() {
        assertEquals(List.of("roster.csv:3: a quoted field is not closed: check the quotes on this line"),
                problems(read("""
                pupil_id,given_name,family_name,year,class,badge
                P1,Amelia,Jones,4,4B,B001
                P2,"Oliver,Smith,4,4B,B002
                P3,Isla,Khan,5,5A,B003
                """)));
    }

    @Test
    @DisplayName("a quote left open after a name spanning two lines and a blank line is reported where it opens")
    void unclosedQuoteAfterMultiLineRecord() {
        assertEquals(List.of("roster.csv:2: given_name holds a control character (newline, U+000A) at character 5, and must be one line: type it again without it",
                "roster.csv:5: a quoted field is not closed: check the quotes on this line"), problems(read("""
                pupil_id,given_name,family_name,year,class,badge
                P1,"Mary
                Anne",Jones,4,4B,B001

                P2,Oliver,"Smith,4,4B,B002
                """)));
    }

    @Test
    @DisplayName("a quote left open in the header is reported on line 1")
    void unclosedQuoteInHeader() {
        assertEquals(List.of("roster.csv:1: a quoted field is not closed: check the quotes on this line"),
                problems(read("pupil_id,\"given_name,family_name,year,class,badge\nP1,A,B,4,4B,B1\n")));
    }

    @Test
    @DisplayName("text after a closing quote is reported on its line as a quoting problem, not a Java exception")
    void textAfterClosingQuote() {
        assertEquals(List.of("roster.csv:3: a quoted field has text after its closing quote: check the quotes on "
                + "this line"), problems(read("""
                pupil_id,given_name,family_name,year,class,badge
                P1,Amelia,Jones,4,4B,B001
                P2,"Oli"ver,Smith,4,4B,B002
                """)));
    }

    @Test
    @DisplayName("a header with a nameless column, a repeated column and two missing columns names each on line 1")
    void everyHeaderProblemNamed() {
        assertEquals(List.of("roster.csv:1: column 3 has no name in the header",
                "roster.csv:1: column 'given_name' appears twice in the header",
                "roster.csv:1: missing column 'family_name'",
                "roster.csv:1: missing column 'badge'"), problems(read("""
                pupil_id,given_name,,Given_Name,year,class,send
                P1,Amelia,x,Amelia,4,4B,no
                """)));
    }
}
