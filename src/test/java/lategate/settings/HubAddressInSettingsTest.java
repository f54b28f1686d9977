package lategate.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hub's address in [sync] never carries a password: config check refuses it without repeating it. */
class HubAddressInSettingsTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("a password= parameter in the hub's address is refused at its line, and the password is not repeated")
    void passwordParameterRefused() throws Exception {
        Path file = SmallSchool.write(dir, SmallSchool.TEXT + "\n[sync]\n"
                + "target = \"postgresql://kiosk@hub:5432/trust?sslmode=require&password=s3cret\"\n");
        List<String> problems = SmallSchool.problems(file);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(true, problems.get(0).contains(":29: sync.target: the address holds a password parameter"),
                problems.toString());
        assertFalse(problems.get(0).contains("s3cret"), problems.toString());
    }
}
