package lategate.sync.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lategate.app.sync.SyncFailure;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hub's address as a school writes it, and where its password comes from: never the address. */
class HubAddressTest {

    @Test
    @DisplayName("TLS parameters pass to the driver as written, and the address is its own name")
    void tlsParametersPassThrough() {
        String text = "postgresql://kiosk_demo@hub.example:5432/attendance?sslmode=verify-full"
                + "&sslrootcert=/etc/lategate/hub-ca.pem";
        HubAddress hub = HubAddress.parse(text);
        assertEquals(text, hub.name());
        assertEquals("kiosk_demo", hub.user());
        assertEquals("jdbc:postgresql://hub.example:5432/attendance?ApplicationName=lategate&connectTimeout=10"
                + "&socketTimeout=300&sslmode=verify-full&sslrootcert=/etc/lategate/hub-ca.pem", hub.jdbcUrl());
    }

    @Test
    @DisplayName("the port defaults to 5432, and an address may set lategate's defaults itself")
    void defaults() {
        HubAddress hub = HubAddress.parse("postgresql://kiosk@10.0.0.5/attendance?connectTimeout=30");
        assertEquals("jdbc:postgresql://10.0.0.5:5432/attendance?ApplicationName=lategate&connectTimeout=30"
                + "&socketTimeout=300", hub.jdbcUrl());
    }

    @Test
    @DisplayName("an address holding a password is refused without repeating the password")
    void passwordInTheAddress() {
        SyncFailure refused = assertThrows(SyncFailure.class,
                () -> HubAddress.parse("postgresql://kiosk_demo:Tr0ub4dor@hub.example/attendance"));
        assertTrue(refused.getMessage().startsWith("the hub address holds a password after 'kiosk_demo:'"),
                refused.getMessage());
        assertFalse(refused.getMessage().contains("Tr0ub4dor"), refused.getMessage());
        for (String key : new String[] {"password", "sslpassword", "user"}) {
            SyncFailure parameter = assertThrows(SyncFailure.class,
                    () -> HubAddress.parse("postgresql://kiosk@hub.example/attendance?" + key + "=Tr0ub4dor"));
            assertTrue(parameter.getMessage().startsWith("the hub address may not set '" + key + "'"),
                    parameter.getMessage());
            assertFalse(parameter.getMessage().contains("Tr0ub4dor"), parameter.getMessage());
        }
    }

    @Test
    @DisplayName("an address without a user or a database says what an address looks like")
    void incomplete() {
        assertTrue(assertThrows(SyncFailure.class, () -> HubAddress.parse("postgresql://hub.example/attendance"))
                .getMessage().contains("must name the user and the host: postgresql://USER@HOST:PORT/DATABASE"));
        assertTrue(assertThrows(SyncFailure.class, () -> HubAddress.parse("postgresql://kiosk@hub.example:5432"))
                .getMessage().contains("must end with the database's name"));
    }

    @Test
    @DisplayName("the password comes from the named file's first line, else the environment; messages name only "
            + "where it came from")
    void passwordSources(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("hub-password"), "s3cret-from-file\n");
        HubPassword fromFile = HubPassword.from(Optional.of(file), Map.of(HubPassword.ENVIRONMENT, "from-env"));
        assertEquals(Optional.of("s3cret-from-file"), fromFile.read());
        assertEquals("the password in " + file, fromFile.source());
        HubPassword fromEnvironment = HubPassword.from(Optional.empty(), Map.of(HubPassword.ENVIRONMENT, "from-env"));
        assertEquals(Optional.of("from-env"), fromEnvironment.read());
        assertEquals("the password in LATEGATE_HUB_PASSWORD", fromEnvironment.source());
        assertEquals(Optional.empty(), HubPassword.from(Optional.empty(), Map.of()).read());
        Path empty = Files.writeString(dir.resolve("empty"), "\n");
        assertEquals(empty + " is empty: its first line is the password", assertThrows(SyncFailure.class,
                () -> HubPassword.from(Optional.of(empty), Map.of()).read()).getMessage()
                .replace("the hub's password file ", ""));
    }

    @Test
    @DisplayName("a password file over 4 KiB, /dev/zero or a named pipe is refused with a message, not read whole")
    void hugePasswordFileRefused(@TempDir Path dir) throws Exception {
        Path big = lategate.files.OversizedFiles.sparse(dir.resolve("hub-password"), 4097);
        Path pipe = lategate.files.OversizedFiles.fifo(dir.resolve("pipe"));
        for (Path file : List.of(big, lategate.files.OversizedFiles.DEV_ZERO, pipe)) {
            String message = assertThrows(SyncFailure.class, () -> HubPassword.from(Optional.of(file), Map.of()).read())
                    .getMessage();
            assertTrue(message.contains(file + " is "), message);
            assertTrue(message.contains(file.equals(pipe) ? "named pipe" : "larger than 4 KiB"), message);
        }
    }
}
