package lategate.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 'bench kiosk' measures the kiosk as the service runs it (docs/install-kiosk.md, "The launcher"). */
class KioskServiceJavaOptionsTest {

    @Test
    @DisplayName("the kiosk service's Java options are the ones bench kiosk starts its JVMs with")
    void serviceRunsWhatTheBenchMeasures() throws Exception {
        String service = Files.readString(Path.of("kiosk/lategate-kiosk.service"));
        String options = "Environment=\"LATEGATE_JAVA_OPTS=" + String.join(" ", BenchCommand.KIOSK_JVM) + "\"";
        assertTrue(service.lines().anyMatch(options::equals), options + " in kiosk/lategate-kiosk.service");
    }
}
