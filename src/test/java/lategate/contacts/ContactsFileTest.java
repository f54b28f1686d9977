package lategate.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lategate.domain.pupil.AuthorisedAdult;
import lategate.domain.pupil.Phone;
import lategate.files.OversizedFiles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a contacts file: who may collect a pupil is never guessed, and every problem has its line. */
class ContactsFileTest {

    /** P1 to P4 on roll; P9 has left. */
    private static final ContactsFile.Roll ROLL = new ContactsFile.Roll(Set.of("P1", "P2", "P3", "P4"), Set.of("P9"));
    private static final String HEADER = "pupil_id,name,relationship,may_collect,phone\n";

    private static ContactsFile.Result read(String text) {
        return ContactsFile.read("contacts.csv", text.getBytes(StandardCharsets.UTF_8), ROLL);
    }

    private static List<String> problems(ContactsFile.Result result) {
        return assertInstanceOf(ContactsFile.Invalid.class, result).problems().stream().map(Object::toString)
                .toList();
    }

    private static List<AuthorisedAdult> adults(ContactsFile.Result result) {
        return assertInstanceOf(ContactsFile.Valid.class, result).adults();
    }

    @Test
    @DisplayName("a file with several different errors is refused with every message, each on its line")
    void everyErrorWithItsLine() {
        List<String> problems = problems(read(HEADER + """
                P1,Mary O'Neill,mother,yes,07700 900123
                P2,,father,yes,07700 900124
                P3,Sam Patel,uncle,,07700 900125
                P4,Ann Khan,grandmother,yes,
                P7,Tom Jones,father,no,
                P9,Ali Shah,mother,yes,07700 900126
                P1,MARY o'neill,mother,yes,07700 900127
                P2,Joe Bloggs,childminder,perhaps,0161 496
                """));
        assertEquals(List.of(
                "contacts.csv:3: name is blank",
                "contacts.csv:4: may_collect is blank: write yes or no, as whether an adult may collect a pupil "
                        + "must be said, never assumed",
                "contacts.csv:5: phone is blank, but Ann Khan may collect: the school must be able to phone an "
                        + "adult who collects a pupil",
                "contacts.csv:6: pupil_id 'P7' is not on the roster: check the id, or import a roster with the "
                        + "pupil first",
                "contacts.csv:7: pupil_id 'P9' is a leaver: contacts are kept only for pupils on roll",
                "contacts.csv:8: MARY o'neill is already listed for P1 on line 2: list each adult once",
                "contacts.csv:9: may_collect must be yes or no, not 'perhaps'",
                "contacts.csv:9: phone '0161 496' has 7 digits: a full number, with its area code, has at least 10"),
                problems);
    }

    @Test
    @DisplayName("the five columns may come in any order and any case, and y and n are yes and no")
    void columnsInAnyOrder() {
        List<AuthorisedAdult> adults = adults(read("""
                Phone,MAY_COLLECT,Name,Relationship,Pupil_ID
                07700 900123,Y,Mary Jones,mother,P1
                ,n,Sam Jones,brother,P1
                """));
        assertEquals(List.of(
                new AuthorisedAdult("P1", "Mary Jones", "mother", true, Optional.of("07700 900123")),
                new AuthorisedAdult("P1", "Sam Jones", "brother", false, Optional.empty())), adults);
    }

    @Test
    @DisplayName("an unknown column is refused, and a missing one is named, on the header line")
    void unknownAndMissingColumns() {
        assertEquals(List.of(
                "contacts.csv:1: unknown column 'email'; the columns are pupil_id, name, relationship, may_collect, "
                        + "phone (or phones, phone_2, phone_3, telephone, mobile, home_phone, work_phone; at least "
                        + "one), parental_responsibility, do_not_release",
                "contacts.csv:1: missing column 'phone'"),
                problems(read("pupil_id,name,relationship,may_collect,email\nP1,Mary Jones,mother,yes,m@x.uk\n")));
    }

    @Test
    @DisplayName("a column given twice is refused")
    void columnTwice() {
        assertEquals(List.of("contacts.csv:1: column 'name' appears twice in the header"),
                problems(read("pupil_id,name,relationship,may_collect,phone,Name\n")));
    }

    @Test
    @DisplayName("phone numbers are digits, spaces and + ( ) -, with 10 to 15 digits")
    void phoneRules() {
        List<AuthorisedAdult> good = adults(read(HEADER + """
                P1,A One,mother,yes,07700900123
                P1,B Two,father,yes,+44 (0)7700 900-123
                P1,C Three,aunt,yes,0161 496 0000
                """));
        assertEquals(List.of("07700900123", "+44 (0)7700 900-123", "0161 496 0000"),
                good.stream().map(a -> a.phone().orElseThrow()).toList());
        assertEquals(List.of(
                "contacts.csv:2: phone '07700 9OO123' may only hold digits, spaces and + ( ) -, with a label in "
                        + "brackets after the number, e.g. 07700 900125 (mobile)",
                "contacts.csv:3: phone '0161' has 4 digits: a full number, with its area code, has at least 10",
                "contacts.csv:4: phone '999' has 3 digits: a full number, with its area code, has at least 10",
                "contacts.csv:5: phone '07700 900123 07700 900124' has 22 digits: no number has more than 15; "
                        + "separate two numbers with ;",
                "contacts.csv:6: phone '07700 9001234' has 12 digits: a UK number starting with 0 has 10 or 11; "
                        + "separate two numbers with ;",
                "contacts.csv:7: phone '07700 900123 + 1' may only hold digits, spaces and + ( ) -, with a label "
                        + "in brackets after the number, e.g. 07700 900125 (mobile)"),
                problems(read(HEADER + """
                        P1,A One,mother,yes,07700 9OO123
                        P1,B Two,father,yes,07700 900123 / 0161
                        P1,C Three,aunt,no,999
                        P1,D Four,uncle,yes,07700 900123 07700 900124
                        P1,E Five,uncle,yes,07700 9001234
                        P1,F Six,uncle,yes,07700 900123 + 1
                        """)));
    }

    @Test
    @DisplayName("an adult who may not collect needs no phone, but one given is still checked")
    void phoneOptionalForThoseWhoMayNotCollect() {
        assertEquals(Optional.empty(), adults(read(HEADER + "P1,Sam Jones,brother,no,\n")).get(0).phone());
        assertEquals(List.of("contacts.csv:2: phone '12345' has 5 digits: a full number, with its area code, "
                + "has at least 10"), problems(read(HEADER + "P1,Sam Jones,brother,no,12345\n")));
    }

    // Several phones, parental responsibility and do not release, as an MIS exports them (docs/contracts.md,
    // "Contacts CSV"; "Keeping children safe in education": more than one emergency contact number for each
    // pupil; Oak Meadow §14, PSA §G, KTS §3.6: parents give more than one emergency contact number).

    @Test
    @DisplayName("a cell of several numbers separated by ; / or a comma keeps each, with the label in brackets "
            + "after it; +44 and spaced UK numbers are accepted and a number given twice is kept once")
    void severalPhonesInOneCell() {
        AuthorisedAdult mother = adults(read(HEADER + "P1,Siobhán O'Brien,mother,yes,\"07700900125 (mobile); "
                + "01632 960 001 (work) / +44 (0)161 496 0000, 07700 900 125\"\n")).get(0);
        assertEquals(List.of(new Phone("07700900125", Optional.of("mobile")),
                new Phone("01632 960 001", Optional.of("work")), Phone.of("+44 (0)161 496 0000")), mother.phones());
        assertEquals(Optional.of("07700900125"), mother.phone(), "the first number is the one rung first");
        assertEquals("07700900125 (mobile), 01632 960 001 (work), +44 (0)161 496 0000", mother.phonesInWords());
    }

    @Test
    @DisplayName("a +44 number with (0) keeps the (0) as part of the number and only the lettered brackets as label")
    void internationalFormWithLabel() {
        assertEquals(List.of(new Phone("+44 (0)7700 900127", Optional.of("mobile"))),
                adults(read(HEADER + "P1,Pat Begum,mother,yes,+44 (0)7700 900127 (mobile)\n")).get(0).phones());
    }

    @Test
    @DisplayName("an MIS's Telephone, Mobile and Work Phone columns are read, each labelling its numbers unless "
            + "the cell gives its own label; headers in any case and spacing")
    void misPhoneColumns() {
        List<AuthorisedAdult> adults = adults(read("""
                Pupil ID,Name,Relationship,May Collect,Telephone,Mobile,Work Phone,Parental Responsibility,Do Not Release
                P1,Pat Begum,mother,Yes,01632 960 002,07700 900 001,01632 960 001 (reception),True,
                P1,Gran,grandmother,No,,,,False,No
                """));
        assertEquals(List.of(Phone.of("01632 960 002"), new Phone("07700 900 001", Optional.of("mobile")),
                new Phone("01632 960 001", Optional.of("reception"))), adults.get(0).phones());
        assertEquals(Optional.of(true), adults.get(0).parentalResponsibility());
        assertEquals(Optional.of(false), adults.get(1).parentalResponsibility());
        assertEquals(List.of(false, false), adults.stream().map(AuthorisedAdult::doNotRelease).toList());
    }

    @Test
    @DisplayName("parental responsibility is yes, no or blank (not recorded); do not release is yes or no, blank is "
            + "no; a do-not-release adult may leave may_collect blank, and is then one who may not collect")
    void flags() {
        List<AuthorisedAdult> adults = adults(read("""
                pupil_id,name,relationship,may_collect,phone,parental_responsibility,do_not_release
                P1,Pat Begum,mother,yes,07700 900001,yes,
                P1,Tom Begum,father,,,yes,yes
                P1,Sam Begum,uncle,no,,,no
                """));
        assertEquals(List.of(Optional.of(true), Optional.of(true), Optional.<Boolean>empty()),
                adults.stream().map(AuthorisedAdult::parentalResponsibility).toList());
        assertEquals(List.of(false, true, false), adults.stream().map(AuthorisedAdult::doNotRelease).toList());
        assertEquals(List.of(true, false, false), adults.stream().map(AuthorisedAdult::mayCollect).toList());
    }

    @Test
    @DisplayName("a bad phone among several is refused with its line, column and value, and every other problem "
            + "in the file is listed beside it")
    void badPhoneWithEveryOtherProblem() {
        List<String> problems = problems(read("""
                pupil_id,name,relationship,may_collect,phone,mobile,parental_responsibility,do_not_release
                P1,Pat Begum,mother,yes,07700 900001 (home),0770 09OO 125,yes,
                P1,Tom Begum,father,yes,07700 900002,,perhaps,yes
                P2,Ann Khan,aunt,yes,(work),,,
                P7,Ali Shah,father,no,,,,maybe
                P3,Zoë Price,neighbour,no,07700 900003 (a label far too long to be a label),,,
                """));
        assertEquals(List.of(
                "contacts.csv:2: mobile '0770 09OO 125' may only hold digits, spaces and + ( ) -, with a label in "
                        + "brackets after the number, e.g. 07700 900125 (mobile)",
                "contacts.csv:3: may_collect is yes but do_not_release is yes: the pupil is never released to this adult, "
                        + "so they cannot collect; check which is right and write may_collect no",
                "contacts.csv:3: parental_responsibility must be yes or no, not 'perhaps'",
                "contacts.csv:4: phone '(work)' may only hold digits, spaces and + ( ) -, with a label in brackets "
                        + "after the number, e.g. 07700 900125 (mobile)",
                "contacts.csv:5: pupil_id 'P7' is not on the roster: check the id, or import a roster with the "
                        + "pupil first",
                "contacts.csv:5: do_not_release must be yes or no, not 'maybe'",
                "contacts.csv:6: phone '07700 900003 (a label far too long to be a label)': the label in brackets "
                        + "is 34 characters long; at most 30"),
                problems);
    }

    @Test
    @DisplayName("the same name for two pupils is two adults, and is accepted")
    void sameAdultForSiblings() {
        assertEquals(2, adults(read(HEADER + """
                P1,Mary Jones,mother,yes,07700 900123
                P2,Mary Jones,mother,yes,07700 900123
                """)).size());
    }

    @Test
    @DisplayName("the same adult twice for one pupil is refused even with other spacing and case")
    void duplicateAdultIgnoresSpacingAndCase() {
        assertEquals(List.of("contacts.csv:3: mary  JONES is already listed for P1 on line 2: list each adult once"),
                problems(read(HEADER + """
                        P1,Mary Jones,mother,yes,07700 900123
                        P1,mary  JONES,mum,no,
                        """)));
    }

    @Test
    @DisplayName("Zoë O'Neill and Nguyễn, Thị are read exactly, from Excel's UTF-8 with a byte-order mark")
    void namesSurviveWithByteOrderMark() {
        List<AuthorisedAdult> adults = adults(read("\uFEFF" + HEADER.replace("\n", "\r\n")
                + "P1,Zoë O'Neill,mother,yes,07700 900123\r\n"
                + "P2,\"Nguyễn, Thị\",grandmother,no,\r\n"));
        assertEquals("Zoë O'Neill", adults.get(0).name());
        assertEquals("Nguyễn, Thị", adults.get(1).name());
    }

    @Test
    @DisplayName("a name typed in decomposed form (a Mac) is kept in the composed form")
    void decomposedNamesAreNormalised() {
        assertEquals("Zo\u00eb O'Neill", adults(read(HEADER + "P1,Zoe\u0308 O'Neill,mother,yes,07700 900123\n"))
                .get(0).name());
    }

    @Test
    @DisplayName("a file saved in Windows-1252 is refused with the line of the first bad byte")
    void notUtf8() {
        byte[] latin1 = (HEADER + "P1,Zo\u00eb O'Neill,mother,yes,07700 900123\n").getBytes(StandardCharsets.ISO_8859_1);
        List<String> problems = problems(ContactsFile.read("contacts.csv", latin1, ROLL));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("contacts.csv:2: the file is not UTF-8"), problems.get(0));
    }

    @Test
    @DisplayName("an empty file and a file of only a header are refused: neither may wipe every contact")
    void nothingToImportIsRefused() {
        assertEquals(List.of("contacts.csv:1: the file is empty: expected a header line "
                + "pupil_id,name,relationship,may_collect,phone"), problems(read("")));
        assertEquals(List.of("contacts.csv:2: no contacts: a file with nobody in it would remove every pupil's "
                + "contacts, so it is refused"), problems(read(HEADER)));
    }

    @Test
    @DisplayName("a line with too few fields says how many it has")
    void wrongFieldCount() {
        assertEquals(List.of("contacts.csv:2: has 4 fields but the header has 5"),
                problems(read(HEADER + "P1,Mary Jones,mother,yes\n")));
    }

    @Test
    @DisplayName("a broken quote is reported on its line together with the problems before it")
    void brokenQuoteWithOtherProblems() {
        assertEquals(List.of("contacts.csv:2: relationship is blank",
                "contacts.csv:3: a quoted field is not closed: check the quotes on this line"),
                problems(read(HEADER + "P1,Mary Jones,,yes,07700 900123\nP2,\"Sam Jones,father,no,\n")));
    }

    @Test
    @DisplayName("a file that does not exist is named by the path as given, with no line number")
    void missingFile(@TempDir Path dir) {
        Path missing = dir.resolve("contacts.csv");
        assertEquals(List.of(missing + ": no such file"), problems(ContactsFile.read(missing, ROLL)));
    }

    @Test
    @DisplayName("a file on disk is read with its hash, and names its problems by file name and line")
    void fileOnDisk(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("contacts.csv");
        Files.writeString(file, HEADER + "P1,Mary Jones,mother,yes,07700 900123\n");
        assertEquals(64, assertInstanceOf(ContactsFile.Valid.class, ContactsFile.read(file, ROLL)).sha256().length());
        Files.writeString(file, HEADER + "P1,Mary Jones,,yes,07700 900123\n");
        assertEquals(List.of("contacts.csv:2: relationship is blank"), problems(ContactsFile.read(file, ROLL)));
    }

    @Test
    @DisplayName("a contacts file over 50 MiB, or /dev/zero, is refused by its size with its path, not read whole")
    void hugeFileRefused(@TempDir Path dir) throws Exception {
        Path big = OversizedFiles.sparse(dir.resolve("contacts.csv"), 50L * 1024 * 1024 + 1);
        for (Path file : List.of(big, OversizedFiles.DEV_ZERO)) {
            List<String> found = problems(ContactsFile.read(file, ROLL));
            assertEquals(1, found.size(), found.toString());
            assertTrue(found.get(0).startsWith(file + ": is larger than 50 MiB"), found.toString());
        }
    }
}
