package lategate.app.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lategate.domain.audit.Amendment;
import lategate.domain.audit.StaffIdentity;
import lategate.domain.register.Register;

/** Amendments, appended beside the entries they amend; the latest one is the entry that stands. */
public interface AmendmentLog {

    /** Appends amendments in one transaction (a late-bus batch is all or nothing). */
    void record(List<Amendment> amendments);

    /** Opens a batch for a bulk amendment and returns its number. */
    long openBatch(String description, java.time.Instant at, StaffIdentity by);

    /** The amendments of one register entry, oldest first. */
    List<Amendment> of(String pupilId, LocalDate date, Register register);

    List<Amendment> ofPupil(String pupilId);

    List<Amendment> on(LocalDate date);

    /** Every amendment of entries between two school dates inclusive, oldest first. */
    List<Amendment> between(LocalDate from, LocalDate to);

    /** The latest amendment of an entry, if any. */
    default Optional<Amendment> latest(String pupilId, LocalDate date, Register register) {
        List<Amendment> all = of(pupilId, date, register);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }
}
