package lategate.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import lategate.domain.badge.PrintedCodes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * [badges] printed and min_length: lategate's codes with a check character unless the school
 * takes its existing cards as scanned, and then the fewest characters a code may have
 * (docs/settings.md, "[badges]").
 */
class BadgeSettingsTest {

    @TempDir
    Path dir;

    private static final String SCHOOL = SmallSchool.TEXT;

    @Test
    @DisplayName("without [badges], and with [badges] but no printed: lategate's codes, min_length 6")
    void lategateByDefault() throws Exception {
        BadgeSettings none = SchoolSettings.read(SmallSchool.write(dir, SCHOOL)).badges();
        assertEquals(PrintedCodes.LATEGATE, none.printed());
        BadgeSettings keyOnly = SchoolSettings.read(SmallSchool.write(dir, SCHOOL
                + "[badges]\nkey_file = \"/var/lib/lategate/badge.key\"\n")).badges();
        assertEquals(PrintedCodes.LATEGATE, keyOnly.printed());
        assertEquals(6, keyOnly.minLength());
    }

    @Test
    @DisplayName("printed = \"as-is\" with min_length 8")
    void asIs() throws Exception {
        BadgeSettings badges = SchoolSettings.read(SmallSchool.write(dir, SCHOOL
                + "[badges]\nprinted = \"as-is\"\nmin_length = 8\n")).badges();
        assertEquals(PrintedCodes.AS_IS, badges.printed());
        assertEquals(8, badges.minLength());
    }

    @Test
    @DisplayName("every shipped settings file has printed = \"lategate\" commented in [badges], and uncommented it reads")
    void shippedFilesSayLategate() throws Exception {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(Path.of("config/schools"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".toml")).toList()) {
                String text = java.nio.file.Files.readString(file);
                assertTrue(text.contains("\n# printed = \"lategate\""), file + " has no commented printed line");
                String uncommented = text.replace("# [badges]\n", "[badges]\n")
                        .replaceAll("\n# (key_file|printed|min_length) = ", "\n$1 = ");
                Path copy = dir.resolve(file.getFileName());
                java.nio.file.Files.writeString(copy, uncommented);
                BadgeSettings badges = SchoolSettings.read(copy).badges();
                assertEquals(java.util.Optional.of(Path.of("/var/lib/lategate/badge.key")), badges.keyFile(),
                        file + ": the commented [badges] was read");
                assertEquals(PrintedCodes.LATEGATE, badges.printed(), file.toString());
                assertEquals(6, badges.minLength(), file.toString());
            }
        }
    }

    @Test
    @DisplayName("an unknown kind of printed code, or a min_length under 4, is refused at its line")
    void badValues() throws Exception {
        List<String> printed = SmallSchool.problems(SmallSchool.write(dir, SCHOOL + "[badges]\nprinted = \"asis\"\n"));
        assertEquals(1, printed.size(), printed.toString());
        assertTrue(printed.get(0).contains(":28: badges.printed: 'asis' is not a kind of printed code"), printed.get(0));
        List<String> shortest = SmallSchool.problems(SmallSchool.write(dir, SCHOOL
                + "[badges]\nprinted = \"as-is\"\nmin_length = 2\n"));
        assertEquals(List.of(dir.resolve("test.toml") + ":29: badges.min_length: must be from 4 to 20, not 2"),
                shortest);
    }
}
