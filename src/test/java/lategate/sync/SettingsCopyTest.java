package lategate.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Tag("attack")
class SettingsCopyTest {

    @Test
    @DisplayName("the exit PIN hash is withheld from the settings that travel; everything else stays as written")
    void pinHashWithheld() {
        String toml = "[kiosk]\nexit_key = \"F12\"  # staff leave with this\n"
                + "  exit_pin_hash = \"pbkdf2-sha256$210000$salt$hash\"  # made by lategate pin-hash\n"
                + "staff_key = \"F2\"\n";
        assertEquals("[kiosk]\nexit_key = \"F12\"  # staff leave with this\n"
                + "  # exit_pin_hash withheld by lategate sync: it stays on the kiosk\nstaff_key = \"F2\"\n",
                SettingsCopy.withheld(toml));
    }

    @Test
    @DisplayName("the exit PIN hash is withheld however its key is quoted or dotted, and a multi-line value goes whole")
    void pinHashInEveryFormWithheld() {
        String toml = "[kiosk]\n'exit_pin_hash' = \"pbkdf2-sha256$210000$salt$hash\"\nstaff_key = \"F2\"\n"
                + "[school]\nid = \"demo\"\n";
        String copy = SettingsCopy.withheld(toml);
        assertFalse(copy.contains("pbkdf2"), copy);
        assertTrue(copy.contains("staff_key = \"F2\""), copy);

        String dotted = "kiosk.exit_pin_hash = \"pbkdf2-sha256$210000$salt$hash\"\n";
        assertFalse(SettingsCopy.withheld(dotted).contains("pbkdf2"));

        String multiLine = "[kiosk]\nexit_pin_hash = \"\"\"\npbkdf2-sha256$210000$salt$hash\n\"\"\"\nstaff_key = \"F2\"\n";
        String copied = SettingsCopy.withheld(multiLine);
        assertFalse(copied.contains("pbkdf2"), copied);
        assertTrue(copied.contains("staff_key = \"F2\""), copied);
    }

    @Test
    @DisplayName("a password in the hub's address never travels, in user:password@ or password= form")
    void passwordInAnAddressWithheld() {
        String copy = SettingsCopy.withheld("[sync]\ntarget = \"postgresql://kiosk:s3cret@hub:5432/trust\"\n"
                + "other = \"postgresql://hub/trust?user=k&password=s3cret\"\n");
        assertFalse(copy.contains("s3cret"), copy);
        assertTrue(copy.contains("postgresql://kiosk:WITHHELD@hub:5432/trust"), copy);
    }

    @Test
    @DisplayName("a secret in a form not foreseen (an inline table) stops the copy: nothing is sent")
    void unforeseenFormRefused() {
        assertThrows(lategate.app.sync.SyncFailure.class, () -> SettingsCopy.withheld(
                "kiosk = { exit_pin_hash = \"pbkdf2-sha256$210000$salt$hash\" }\n"));
    }
}
