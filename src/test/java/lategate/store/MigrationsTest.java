package lategate.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema a database gets is every migration shipped, in order: none written and left unapplied. */
class MigrationsTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("a new database has every shipped migration applied, numbered 1, 2, 3 … with no gap")
    void everyShippedMigrationIsApplied() throws Exception {
        List<String> shipped;
        try (Stream<Path> files = Files.list(Path.of(Database.class.getResource("migrations").toURI()))) {
            shipped = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().toList();
        }
        assertEquals(IntStream.rangeClosed(1, shipped.size()).mapToObj(n -> String.format("V%03d", n)).toList(),
                shipped.stream().map(n -> n.substring(0, 4)).toList(), "numbered in order: " + shipped);
        try (Database database = Database.create(dir.resolve("new.db"))) {
            assertEquals(shipped.size(), database.schemaVersion(), "applied to a new database: " + shipped);
        }
    }
}
