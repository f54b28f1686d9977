package lategate.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lategate.app.lateness.StageDecisionLog;
import lategate.domain.audit.StaffIdentity;
import lategate.domain.lateness.Block;
import lategate.domain.lateness.Stage;
import lategate.domain.lateness.StageDecision;

/** The lead's stage decisions in the lategate database; rows are only ever appended. */
public final class SqliteStageDecisions implements StageDecisionLog {

    private static final String COLUMNS = "pupil_id, block, from_stage, proposed_stage, decided_stage, kind, "
            + "decided_by, position, why, decided_at";

    private final Database database;

    public SqliteStageDecisions(Database database) {
        this.database = database;
    }

    @Override
    public void record(List<StageDecision> decisions) {
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO stage_decisions (" + COLUMNS + ") "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (StageDecision d : decisions) {
                    s.setString(1, d.pupilId());
                    s.setInt(2, d.block().number());
                    s.setInt(3, d.from().number());
                    s.setInt(4, d.proposed().number());
                    s.setInt(5, d.decided().number());
                    s.setString(6, d.kind().name());
                    s.setString(7, d.by().name());
                    s.setString(8, d.by().position());
                    s.setString(9, d.why().orElse(null));
                    s.setString(10, InstantText.of(d.at()));
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    @Override
    public List<StageDecision> all() {
        return database.read(c -> {
            List<StageDecision> found = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM stage_decisions "
                    + "ORDER BY decided_at, id");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(new StageDecision(r.getString(1), new Block(r.getInt(2)), new Stage(r.getInt(3)),
                            new Stage(r.getInt(4)), new Stage(r.getInt(5)), StageDecision.Kind.valueOf(r.getString(6)),
                            new StaffIdentity(r.getString(7), r.getString(8)), Optional.ofNullable(r.getString(9)),
                            Instant.parse(r.getString(10))));
                }
            }
            return found;
        });
    }
}
