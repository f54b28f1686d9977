package lategate.slips;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import lategate.domain.register.Mark;
import lategate.domain.register.Register;
import lategate.domain.slip.LateSlip;
import lategate.settings.SlipSettings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A late slip's bytes, decoded as an ESC/POS printer reads them (docs/settings.md, "[slips]"): every field the
 * register holds for the late arrival, in the school's code page, and a cut. The marks L and U and what they
 * mean: School Attendance (Pupil Registration) (England) Regulations 2024, the national codes.
 */
class EscPosSlipTest {

    static final LateSlip AMELIA = new LateSlip("Demo Primary School", "Amelia Jones", "4B",
            LocalDateTime.parse("2026-11-23T08:57:00"), Mark.L, Register.AM, 12, "Woke up late", Optional.empty());

    private static SlipSettings settings(int width, SlipSettings.CodePage page) {
        return new SlipSettings(new SlipSettings.Printer.DeviceFile(Path.of("/dev/usb/lp0")), width, page);
    }

    @Test
    @DisplayName("a slip starts with ESC @ and ESC t, holds every field a line, and ends fed past the cutter and cut (GS V)")
    void everyField() {
        EscPosDecoder.Slip slip = EscPosDecoder.decode(new EscPosSlip(settings(42, SlipSettings.CodePage.CP858))
                .bytes(AMELIA));
        assertEquals(List.of("ESC @", "ESC t 19"), slip.commands().subList(0, 2), "reset, then the school's code page");
        assertEquals("GS V 49", slip.commands().get(slip.commands().size() - 1), "a partial cut, last");
        assertTrue(slip.lineWith("Demo Primary School").bold() && slip.lineWith("Demo Primary School")
                .justification() == 1, "the school's name heads the slip, bold and centred");
        EscPosDecoder.Line name = slip.lineWith("Amelia Jones");
        assertTrue(name.bold(), "the pupil's name stands out");
        assertEquals(0, name.justification());
        slip.lineWith("Class: 4B");
        slip.lineWith("Time: 08:57");
        slip.lineWith("Date: Monday 23 November 2026");
        assertTrue(slip.lineWith("Mark: L").bold(), "the mark stands out");
        assertTrue(String.join(" ", slip.texts()).contains("Mark: L late, before the morning register closed: present"),
                slip.text());
        slip.lineWith("Minutes late: 12");
        slip.lineWith("Reason: Woke up late");
        slip.lineWith("Teacher's initials: ______");
        List<String> texts = slip.texts();
        int initials = texts.indexOf("Teacher's initials: ______");
        assertTrue(texts.subList(initials + 1, texts.size()).stream().allMatch(String::isEmpty),
                "only feeds between the teacher's line and the cut");
        assertTrue(slip.lines().stream().allMatch(l -> l.text().length() <= 42), slip.text());
    }

    @Test
    @DisplayName("U says what it means, and the school's consequence is on the slip")
    void markU() {
        LateSlip u = new LateSlip("Demo Primary School", "Oliver Smith", "5A", LocalDateTime.parse("2026-11-23T13:40:00"),
                Mark.U, Register.PM, 40, "not given", Optional.of("Please see your class teacher at break"));
        EscPosDecoder.Slip slip = EscPosDecoder.decode(new EscPosSlip(settings(42, SlipSettings.CodePage.CP858))
                .bytes(u));
        slip.lineWith("Mark: U");
        assertTrue(String.join(" ", slip.texts()).contains("Mark: U after the afternoon register closed: an "
                + "unauthorised absence for the afternoon"), slip.text());
        slip.lineWith("Minutes late: 40");
        slip.lineWith("Reason: not given");
        slip.lineWith("Please see your class teacher at break");
    }

    @Test
    @DisplayName("58 mm paper (32 characters): long values wrap onto the next line and nothing is cut off")
    void narrowPaper() {
        LateSlip long_ = new LateSlip("St Bartholomew's Church of England Primary School", "Maximilian Featherstonehaugh",
                "6 Kingfishers", LocalDateTime.parse("2026-11-23T08:57:00"), Mark.L, Register.AM, 12,
                "Doctor, dentist or hospital (claimed: the office confirms it)", Optional.empty());
        EscPosDecoder.Slip slip = EscPosDecoder.decode(new EscPosSlip(settings(32, SlipSettings.CodePage.CP858))
                .bytes(long_));
        assertTrue(slip.lines().stream().allMatch(l -> l.text().length() <= 32), slip.text());
        String joined = String.join(" ", slip.texts());
        assertTrue(joined.contains("St Bartholomew's Church of England Primary School"), slip.text());
        assertTrue(joined.contains("Reason: Doctor, dentist or hospital (claimed: the office confirms it)"), slip.text());
    }

    @Test
    @DisplayName("a name the code page can print is printed as written: Zoë and José in CP858")
    void accentsInTheCodePage() {
        LateSlip zoe = new LateSlip("Demo Primary School", "Zoë José Müller", "4B",
                LocalDateTime.parse("2026-11-23T08:57:00"), Mark.L, Register.AM, 12, "Woke up late", Optional.empty());
        EscPosDecoder.Slip slip = EscPosDecoder.decode(new EscPosSlip(settings(42, SlipSettings.CodePage.CP858))
                .bytes(zoe));
        slip.lineWith("Zoë José Müller");
        assertFalse(slip.text().contains(EscPosSlip.NAME_SIMPLIFIED), slip.text());
    }

    @Test
    @DisplayName("letters the code page lacks lose only their accents (Ł as L, ễ as e), and the slip says so under the name")
    void accentsOutsideTheCodePage() {
        LateSlip slip = new LateSlip("Demo Primary School", "Thảo Nguyễn Łukasiewicz", "4B",
                LocalDateTime.parse("2026-11-23T08:57:00"), Mark.L, Register.AM, 12, "Woke up late", Optional.empty());
        EscPosDecoder.Slip decoded = EscPosDecoder.decode(new EscPosSlip(settings(42, SlipSettings.CodePage.CP858))
                .bytes(slip));
        List<String> texts = decoded.texts();
        int name = texts.indexOf("Thao Nguyen Lukasiewicz");
        assertTrue(name >= 0, decoded.text());
        assertEquals(EscPosSlip.NAME_SIMPLIFIED, texts.get(name + 1));
        // CP852 has Ł: the same name keeps it there.
        EscPosDecoder.Slip latin2 = EscPosDecoder.decode(new EscPosSlip(settings(42, SlipSettings.CodePage.CP852))
                .bytes(slip));
        assertEquals(List.of("ESC @", "ESC t 18"), latin2.commands().subList(0, 2));
        assertTrue(latin2.text().contains("Łukasiewicz"), latin2.text());
    }

    @Test
    @DisplayName("a name in another script is not passed off as printed: its letters are '?' and the slip says so")
    void anotherScript() {
        LateSlip slip = new LateSlip("Demo Primary School", "ليلى Haddad", "4B",
                LocalDateTime.parse("2026-11-23T08:57:00"), Mark.L, Register.AM, 12, "Woke up late", Optional.empty());
        EscPosDecoder.Slip decoded = EscPosDecoder.decode(new EscPosSlip(settings(42, SlipSettings.CodePage.CP858))
                .bytes(slip));
        decoded.lineWith("???? Haddad");
        decoded.lineWith(EscPosSlip.NAME_SIMPLIFIED);
    }
}
