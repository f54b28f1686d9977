package lategate.store;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import lategate.app.KioskFaultLog;

/** The kiosk's fault log in the lategate database; rows are only ever appended. */
public final class SqliteKioskFaults implements KioskFaultLog {

    private final Database database;

    public SqliteKioskFaults(Database database) {
        this.database = database;
    }

    @Override
    public void failedSave(Instant at, LocalDate schoolDay, String kioskId, String what) {
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO kiosk_faults (kiosk_id, school_date, at, what) VALUES (?, ?, ?, ?)")) {
                s.setString(1, kioskId);
                s.setString(2, schoolDay.toString());
                s.setString(3, InstantText.of(at));
                s.setString(4, what);
                s.executeUpdate();
            }
            return null;
        });
    }
}
