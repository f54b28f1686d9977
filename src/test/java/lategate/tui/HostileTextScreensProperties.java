package lategate.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lategate.StoreFixture;
import lategate.domain.audit.StaffIdentity;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.movement.Collection;
import lategate.domain.movement.Movement;
import lategate.domain.pupil.AuthorisedAdult;
import lategate.domain.school.LateReason;
import lategate.domain.school.School;
import lategate.domain.staff.Role;
import lategate.domain.staff.StaffMember;
import lategate.store.SqliteMovements;
import lategate.store.SqliteStaff;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * Whatever text the register, the roster or the settings hold (every C0 and C1 control, bidi
 * overrides and isolates, emoji, accents), every pupil and staff screen draws it without
 * throwing: a screen that fails on a stored row fails every time it is drawn again.
 */
@Tag("attack")
class HostileTextScreensProperties {

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<Character> controls = Arbitraries.chars().range('\u0000', '\u001f')
                .with('\u007f').range('\u0080', '\u009f');
        Arbitrary<String> pieces = Arbitraries.oneOf(
                controls.map(String::valueOf),
                Arbitraries.of("\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068",
                        "\u2069", "\u001b[2J", "\u001b[31m", "\ud83d\ude00", "\ud83c\udff3\ufe0f\u200d\ud83c\udf08",
                        "Zo\u00eb", "Nguy\u1ec5n", "\t", "\n", "\r"),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6));
        return pieces.list().ofMinSize(1).ofMaxSize(8).map(l -> "x" + String.join("", l));
    }

    @Property(tries = 12)
    void everyScreenDrawsAnyStoredText(@ForAll("hostile") String name, @ForAll("hostile") String reason,
                                       @ForAll("hostile") String label, @ForAll("hostile") String school)
            throws Exception {
        Path dir = Files.createTempDirectory("hostile");
        School demo = StaffKiosk.DEMO;
        School hostile = new School(demo.id(), school, demo.zone(), label, demo.timetable(), demo.calendar(),
                demo.reasons().stream().map(r -> new LateReason(r.key(), label, r.authorises())).toList(),
                demo.consequences(), demo.retention());
        StaffKiosk kiosk = new StaffKiosk(dir, "2026-11-23T10:30:00", false, hostile, List.of(
                StoreFixture.pupil("D1", name, name, "4B", "DEMO0001"),
                StoreFixture.pupil("D2", "Amelia", reason, "5A", "DEMO0002")), List.of(
                new AuthorisedAdult("D1", name, reason, true, Optional.of("01234 567890"))));
        DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        KioskTerminal terminal = new KioskTerminal(vt, kiosk.flow, kiosk.clock, 12, 2, "reception");
        try {
            new SqliteStaff(kiosk.database).add(new StaffMember("mallory", name, reason, Role.ATTENDANCE_LEAD, false),
                    lategate.fakes.CheapPins.hash("2580"), Instant.parse("2026-09-01T08:00:00Z"),
                    "head");
            new SqliteMovements(kiosk.database).record(new Movement.SignedOut("D1", kiosk.now().minusSeconds(600),
                    AttendanceCode.fromCode("M").orElseThrow(), reason, new Collection(name, reason, true,
                    Optional.empty()), true, Optional.empty()), LocalDate.of(2026, 11, 23),
                    new StaffIdentity(name, reason), kiosk.now());
            terminal.start();
            VirtualKeyboard keys = new VirtualKeyboard(vt, terminal, kiosk.clock);
            keys.burst(lategate.TestBadges.printed("DEMO0002")); // the pupil's reason screen, with the labels
            keys.press("1");
            keys.key(KeyType.F2);
            keys.burst("mallory");
            keys.burst("2580");
            for (String screen : List.of("1x", "2", "3", "4", "5", "6", "7", "8", "9")) {
                keys.press(screen);
                keys.press("\n");
                keys.key(KeyType.Escape);
            }
            keys.press("1");
            keys.press(name.substring(0, 1));
            keys.press("\n");
            keys.key(KeyType.Escape);
        } finally {
            terminal.screen().stopScreen();
            kiosk.close();
        }
    }
}
