package lategate.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

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
}
