package lategate.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lategate.domain.pupil.Pupil;
import lategate.settings.RosterFormat;
import lategate.settings.RosterSettings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A roster read through the school's [roster] settings (docs/mis-exports.md): presets, overrides, badge_from. */
class RosterColumnsMappedTest {

    private static final RosterSettings SIMS_BY_ADMISSION_NUMBER = new RosterSettings(RosterFormat.SIMS, Map.of(),
            Optional.of("Admission Number"));

    private static RosterFile.Result read(RosterSettings layout, String text) {
        return RosterFile.read("roster.csv", text.getBytes(StandardCharsets.UTF_8), layout);
    }

    private static List<String> problems(RosterFile.Result result) {
        return assertInstanceOf(RosterFile.Invalid.class, result).problems().stream().map(Object::toString).toList();
    }

    private static List<Pupil> pupils(RosterFile.Result result) {
        return assertInstanceOf(RosterFile.Valid.class, result).pupils();
    }

    @Test
    @DisplayName("lategate's own format keeps reading as it always has: R and 5 stay R and 5, yes/no flags, "
            + "yyyy-mm-dd; and \"Year 5\" is now 5 (School Census NC year groups)")
    void ownFormatUnchanged() {
        List<Pupil> pupils = pupils(read(RosterSettings.LATEGATE, """
                pupil_id,given_name,family_name,year,class,badge,send,date_of_birth
                P1,Amelia,Jones,R,RB,B001,yes,2021-02-28
                P2,Oliver,Smith,5,5A,B002,no,
                P3,Isla,Khan,Year 5,5A,B003,,
                """));
        assertEquals(List.of("R", "5", "5"), pupils.stream().map(Pupil::year).toList());
        assertEquals(Optional.of(LocalDate.of(2021, 2, 28)), pupils.get(0).dateOfBirth());
    }

    @Test
    @DisplayName("SEN status takes the DfE Common Basic Data Set's SEN provision codes: N none, K SEN support and "
            + "E EHC plan, beside yes and no")
    void senCodes() {
        List<Pupil> pupils = pupils(read(RosterSettings.LATEGATE, """
                pupil_id,given_name,family_name,year,class,badge,send
                P1,A,One,3,3N,B1,N
                P2,B,Two,3,3N,B2,K
                P3,C,Three,3,3N,B3,E
                P4,D,Four,3,3N,B4,k
                P5,E,Five,3,3N,B5,yes
                P6,F,Six,3,3N,B6,
                """));
        assertEquals(List.of(false, true, true, true, true, false),
                pupils.stream().map(p -> p.characteristics().send()).toList());
    }

    @Test
    @DisplayName("a date of birth as the MIS exports it, dd/mm/yyyy (14/09/2018 is the 14th of September), or "
            + "yyyy-mm-dd")
    void datesOfBirth() {
        List<Pupil> pupils = pupils(read(SIMS_BY_ADMISSION_NUMBER, """
                Admission Number,Preferred Surname,Preferred Forename,Year,Reg Group,Date of Birth
                001,Nguyễn,Thảo,Year 3,3N,14/09/2018
                002,Khan,Isla,Year 3,3N,2/3/2019
                003,Jones,Amelia,Year 3,3N,2018-12-01
                """));
        assertEquals(List.of(LocalDate.of(2018, 9, 14), LocalDate.of(2019, 3, 2), LocalDate.of(2018, 12, 1)),
                pupils.stream().map(p -> p.dateOfBirth().orElseThrow()).toList());
        assertEquals(List.of("001", "002", "003"), pupils.stream().map(Pupil::badge).toList());
    }

    @Test
    @DisplayName("the preset prefers the preferred name and ignores the legal one; a [roster.columns] override "
            + "reads the legal one instead")
    void overrideCombinesWithThePreset() {
        String file = """
                Admission Number,Legal Forename,Preferred Forename,Legal Surname,Year,Reg Group
                001,Janusz,Janek,Łukasiewicz,Y3,3N
                """;
        assertEquals("Janek", pupils(read(SIMS_BY_ADMISSION_NUMBER, file)).get(0).givenName());
        RosterSettings legal = new RosterSettings(RosterFormat.SIMS, Map.of("Legal Forename", "given_name"),
                Optional.of("Admission Number"));
        RosterFile.Valid valid = assertInstanceOf(RosterFile.Valid.class, read(legal, file));
        assertEquals("Janusz", valid.pupils().get(0).givenName());
        assertEquals(List.of("Preferred Forename"), valid.ignored());
    }

    @Test
    @DisplayName("a file with a badge column and badge_from naming another is refused on line 1: the code comes from "
            + "one column")
    void badgeColumnAndBadgeFrom() {
        assertEquals(List.of("roster.csv:1: the file has a badge column 'badge' and [roster] badge_from in the "
                + "settings names 'Admission Number': a badge code comes from one column, so remove one"),
                problems(read(SIMS_BY_ADMISSION_NUMBER, """
                        Admission Number,Preferred Surname,Preferred Forename,Year,Reg Group,badge
                        001,Nguyễn,Thảo,Year 3,3N,B1
                        """)));
    }

    @Test
    @DisplayName("badge_from naming a column the file does not have is refused on line 1, with the column named")
    void badgeFromMissing() {
        RosterSettings byCard = new RosterSettings(RosterFormat.SIMS, Map.of(), Optional.of("Card Number"));
        assertEquals(List.of("roster.csv:1: [roster] badge_from in the settings names the column 'Card Number', "
                + "which is not in the header"), problems(read(byCard, """
                        Admission Number,Preferred Surname,Preferred Forename,Year,Reg Group
                        001,Nguyễn,Thảo,Year 3,3N
                        """)));
    }

    @Test
    @DisplayName("one column mapped as two fields is refused on line 1 rather than read twice")
    void oneColumnTwoFields() {
        RosterSettings yearAsClass = new RosterSettings(RosterFormat.SIMS, Map.of("Year", "class"),
                Optional.of("Admission Number"));
        assertEquals(List.of("roster.csv:1: column 'Year' is read as both year and class: map one of them to another "
                + "column with [roster.columns]"), problems(read(yearAsClass, """
                        Admission Number,Preferred Surname,Preferred Forename,Year
                        001,Nguyễn,Thảo,Year 3
                        """)));
    }

    @Test
    @DisplayName("a badge from the admission number repeats only where the admission number does: said once")
    void repeatedAdmissionNumberSaidOnce() {
        assertEquals(List.of("roster.csv:3: Admission Number '001' is already used on line 2"),
                problems(read(SIMS_BY_ADMISSION_NUMBER, """
                        Admission Number,Preferred Surname,Preferred Forename,Year,Reg Group
                        001,Nguyễn,Thảo,Year 3,3N
                        001,O'Brien,Siobhán,Reception,RB
                        """)));
    }
}
