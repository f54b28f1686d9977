package lategate.kiosk;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lategate.app.SignIn;
import lategate.app.held.AsideLine;
import lategate.app.held.HeldScanImport;
import lategate.app.held.ScansOnRecord;
import lategate.domain.school.School;
import lategate.store.HeldScansFile;
import lategate.wiring.BadInputException;

/**
 * Records the scans held beside a register (docs/held-scans.md), for {@code held import} and the
 * kiosk's start alike: every good line not yet in the register, then the file moved aside once every
 * line is in. A bad line is named by file and line and keeps the file where it is.
 */
public final class HeldImport {

    private HeldImport() {
    }

    /** What one run did: the result per line, and where the file went when every line was in. */
    public record Report(Path file, HeldScanImport.Result result, Optional<Path> archived) {

        /** Each line not recorded, as {@code file:line: what}. */
        public List<String> problems() {
            return result.problems().stream().map(p -> file + ":" + p.line() + ": " + p.what()).toList();
        }

        /** One sentence for whoever reads the log. */
        public String summary() {
            int recorded = result.recorded().size();
            String counts = recorded + (recorded == 1 ? " held scan" : " held scans") + " recorded from " + file
                    + (result.alreadyIn().isEmpty() ? "" : ", " + result.alreadyIn().size() + " already in the register");
            return archived.map(a -> counts + "; every line is in, and the file is moved to " + a)
                    .orElseGet(() -> counts + "; " + result.problems().size() + " not recorded, so the file stays where "
                            + "it is: correct or delete "
                            + (result.problems().size() == 1 ? "that line" : "those lines") + " and run 'lategate held "
                            + "import' again (lines already in are not recorded twice)");
        }
    }

    /**
     * Empty when no scans are held beside the register at {@code db}. A register with no roster (a
     * first import that never finished) is refused: every badge would be "not recognised", and the
     * held scans would be spent on nothing.
     */
    public static Optional<Report> run(Path db, School school, SignIn signIn, ScansOnRecord onRecord, boolean hasRoster,
                                Instant now) {
        HeldScansFile file = HeldScansFile.beside(db);
        Optional<List<AsideLine>> lines = file.read();
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        if (!hasRoster) {
            throw new BadInputException("the database " + db + " holds no roster yet: the scans held in " + file.path()
                    + " were not recorded; import the school's roster first (lategate roster import)");
        }
        HeldScanImport.Result result = new HeldScanImport(school, signIn, onRecord).record(lines.get());
        Optional<Path> archived = result.complete() ? Optional.of(file.archive(now)) : Optional.empty();
        return Optional.of(new Report(file.path(), result, archived));
    }
}
