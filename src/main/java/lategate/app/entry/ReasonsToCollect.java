package lategate.app.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lategate.app.LateBookEntry;
import lategate.app.ReasonGiven;
import lategate.app.RegisterLog;
import lategate.domain.audit.StaffIdentity;
import lategate.domain.entry.SessionEntry;
import lategate.domain.register.ReasonStatus;
import lategate.domain.register.Register;
import lategate.domain.school.LateReason;
import lategate.domain.school.School;

/**
 * Late reasons the office still has to collect (docs/receptionist.md, "A queue at the gate"): a pupil whose
 * picker the next pupil's scan cut short was never asked ("not asked"), and one who walked away from it
 * chose nothing ("not given"). Both have an entry with no reason; staff add one from the school's list,
 * recorded with who added it and when. A reason already given is changed with an amendment instead.
 */
public final class ReasonsToCollect {

    private final School school;
    private final RegisterEntries entries;
    private final RegisterLog register;

    /** Reasons added are timed by {@code entries}' clock, the one the entries are resolved at. */
    public ReasonsToCollect(School school, RegisterEntries entries, RegisterLog register) {
        this.school = Objects.requireNonNull(school, "school");
        this.entries = Objects.requireNonNull(entries, "entries");
        this.register = Objects.requireNonNull(register, "register");
    }

    /** A reason that cannot be added, in words for staff; nothing was recorded. */
    public static final class Refused extends lategate.app.Refused {
        public Refused(String message) {
            super(message);
        }
    }

    /**
     * The day's late entries with no reason yet, not asked or not given, in the order pupils came.
     * Both are listed: either way the office has no reason, and the line says which.
     */
    public List<LateBookEntry> pending(LocalDate date) {
        return entries.lateBook(date).stream()
                .filter(e -> e.entry().arrival().isPresent())
                .filter(e -> e.reasonStatus().filter(ReasonStatus::awaitsReason).isPresent())
                .toList();
    }

    /**
     * Adds the reason the office collected to one pupil's late entry, as a reason of the pupil's: one that
     * would authorise the absence is a claim, decided by staff with evidence like any other.
     *
     * @return the entry as it stands afterwards
     * @throws Refused when there is no such entry, it has a reason already, or the key is not the school's
     */
    public SessionEntry add(String pupilId, LocalDate date, Register reg, String reasonKey, StaffIdentity by) {
        LateReason reason = school.reason(reasonKey).orElseThrow(() -> new Refused("'" + reasonKey
                + "' is not one of the school's reasons: use one of " + keys() + "; nothing was recorded"));
        SessionEntry entry = entries.of(pupilId, date, reg).orElseThrow(() -> new Refused(pupilId + " has no "
                + reg.words() + " entry on " + date + ": there is no reason to collect"));
        if (entry.arrival().isEmpty() || !entry.wasLate()) {
            throw new Refused(pupilId + "'s " + reg.words() + " entry on " + date + " is not a late arrival: "
                    + "there is no reason to collect; nothing was recorded");
        }
        Optional<ReasonStatus> status = entry.reasonStatus();
        if (status.isEmpty() || !status.get().awaitsReason()) {
            throw new Refused(pupilId + "'s " + reg.words() + " entry on " + date + " has a reason already ("
                    + entry.reason().orElse("none") + "): change it with 'lategate amend pupil'; nothing was recorded");
        }
        register.recordReason(entry.arrival().get().id(), Optional.of(ReasonGiven.byPupil(reason)), entries.now(),
                by.toString());
        return entries.of(pupilId, date, reg).orElseThrow();
    }

    private String keys() {
        return String.join(", ", school.reasons().stream().map(LateReason::key).toList());
    }
}
