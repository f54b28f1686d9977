package lategate.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import lategate.app.SignIn;
import lategate.domain.badge.BadgeCodes;
import lategate.domain.badge.PrintedCodes;
import lategate.domain.pupil.Pupil;
import lategate.settings.Settings;
import lategate.store.Database;
import lategate.store.SqliteBadgeIssues;
import lategate.store.SqliteMovements;
import lategate.store.SqlitePupils;
import lategate.store.SqliteRegisterLog;

/**
 * For {@code bench badges}: a school whose existing cards are taken as scanned ([badges] printed =
 * "as-is", docs/settings.md): each pupil's badge code read as the kiosk reads it, through the
 * index of the roll's cards, on the same database as the other codes.
 */
final class BenchAsIs {

    private BenchAsIs() {
    }

    /** {@code count} lookups of random pupils' cards after {@code warmUp} untimed, in milliseconds. */
    static double[] lookups(Settings settings, Path db, List<Pupil> roster, int warmUp, int count, Clock clock) {
        BadgeCodes asIs = new BadgeCodes(settings.school().id(), settings.school().name(), Optional.empty(),
                PrintedCodes.AS_IS, 1);
        Random random = new Random(2027);
        double[] millis = new double[count];
        try (Database database = Database.open(db)) {
            SignIn kiosk = new SignIn(settings.school(), asIs, new SqliteBadgeIssues(database),
                    new SqlitePupils(database), new SqliteRegisterLog(database, settings.school().zone()),
                    new SqliteMovements(database), clock);
            for (int i = 0; i < warmUp + count; i++) {
                Pupil pupil = roster.get(random.nextInt(roster.size()));
                long start = System.nanoTime();
                Optional<Pupil> holder = kiosk.holderOf(pupil.badge());
                double took = (System.nanoTime() - start) / 1e6;
                if (holder.isEmpty() || !holder.get().id().equals(pupil.id())) {
                    throw new IllegalStateException("as-is card " + pupil.badge() + " of " + pupil.id() + " was read as "
                            + holder.map(Pupil::id).orElse("nobody's"));
                }
                if (i >= warmUp) {
                    millis[i - warmUp] = took;
                }
            }
        }
        return millis;
    }
}
