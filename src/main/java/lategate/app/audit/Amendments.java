package lategate.app.audit;

import java.util.Map;
import lategate.domain.text.PlainText;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lategate.domain.register.RecordedArrival;
import lategate.app.RegisterLog;
import lategate.app.entry.RegisterEntries;
import lategate.domain.entry.SessionEntry;
import lategate.domain.audit.Amendment;
import lategate.domain.audit.AmendmentRules;
import lategate.domain.audit.StaffIdentity;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.register.MedicalEvidenceRule;
import lategate.domain.register.Register;
import lategate.domain.school.School;

/**
 * Staff amending a register entry, one pupil or a late bus at once. Each pupil's amendment is
 * its own audit entry; the original arrival is never touched.
 */
public final class Amendments {

    private final School school;
    private final RegisterLog register;
    private final RegisterEntries entries;
    private final AmendmentLog log;
    private final Clock clock;
    private final MedicalEvidenceRule medicalEvidence;

    /** @param medicalEvidence whether M needs the appointment card or letter seen, as the school's settings say */
    public Amendments(School school, RegisterLog register, RegisterEntries entries, AmendmentLog log, Clock clock,
                      MedicalEvidenceRule medicalEvidence) {
        this.school = Objects.requireNonNull(school, "school");
        this.register = Objects.requireNonNull(register, "register");
        this.entries = Objects.requireNonNull(entries, "entries");
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.medicalEvidence = Objects.requireNonNull(medicalEvidence, "medicalEvidence");
    }

    /** A refusal, in words for staff; nothing was recorded. */
    public static final class Refused extends lategate.app.Refused {
        public Refused(String message) {
            super(message);
        }
    }

    /** The entry's code as it stands ({@link RegisterEntries}), if there is an entry. */
    public Optional<AttendanceCode> current(String pupilId, LocalDate date, Register reg) {
        return entries.of(pupilId, date, reg).map(SessionEntry::code);
    }

    /**
     * Amends one entry: to {@code code} if given, and/or with a late reason set by staff.
     *
     * @throws Refused when there is no entry, no reason, or the change is not allowed
     */
    public Amendment amend(String pupilId, LocalDate date, Register reg, Optional<AttendanceCode> code,
                           Optional<String> lateReason, String reason, Optional<String> evidence, StaffIdentity by) {
        Amendment amendment = prepare(pupilId, date, reg, code, lateReason, reason, evidence, by, Optional.empty(),
                false);
        log.record(List.of(amendment));
        return amendment;
    }

    /** One pupil's session on a day, chosen for a late bus from the day's arrivals. */
    public record Session(String pupilId, Register register) {

        public Session {
            Objects.requireNonNull(pupilId, "pupilId");
            Objects.requireNonNull(register, "register");
        }
    }

    /**
     * A late bus: every pupil whose arrival (their mark, not a repeat) at {@code kioskId} on
     * {@code date} was between {@code from} and {@code to} inclusive gets the same change, each
     * with their own audit entry, all in one transaction.
     */
    public List<Amendment> bulk(LocalDate date, LocalTime from, LocalTime to, String kioskId,
                                Optional<AttendanceCode> code, Optional<String> lateReason, String reason,
                                StaffIdentity by) {
        List<Session> sessions = lateArrivals(date, from, to, kioskId);
        return record(date, sessions, code, lateReason, reason, by, "late arrivals at " + kioskId + " " + date + " "
                + from + "-" + to + ": " + reason);
    }

    /**
     * What {@link #bulk} would do, every change checked as it would be, and nothing written: the
     * preview staff see before they confirm, with the same refusals.
     */
    public List<Amendment> previewBulk(LocalDate date, LocalTime from, LocalTime to, String kioskId,
                                       Optional<AttendanceCode> code, Optional<String> lateReason, String reason,
                                       StaffIdentity by) {
        return plan(date, lateArrivals(date, from, to, kioskId), code, lateReason, reason, by, Optional.empty());
    }

    /**
     * A late bus for pupils staff chose from the day's arrivals: each chosen session gets the same
     * change, with its own audit entry, all in one transaction.
     *
     * @throws Refused when none is chosen, or any one of them cannot be amended: then none is
     */
    public List<Amendment> lateBus(LocalDate date, List<Session> sessions, Optional<AttendanceCode> code,
                                   Optional<String> lateReason, String reason, StaffIdentity by) {
        if (sessions.isEmpty()) {
            throw new Refused("no pupil was chosen: nothing was amended");
        }
        return record(date, sessions, code, lateReason, reason, by, "late arrivals chosen on " + date + ": " + reason);
    }

    /** What {@link #lateBus} would do, checked as it would be, and nothing written. */
    public List<Amendment> previewLateBus(LocalDate date, List<Session> sessions, Optional<AttendanceCode> code,
                                          Optional<String> lateReason, String reason, StaffIdentity by) {
        if (sessions.isEmpty()) {
            throw new Refused("no pupil was chosen: nothing would be amended");
        }
        return plan(date, sessions, code, lateReason, reason, by, Optional.empty());
    }

    /** The late marks (not repeats) made at a kiosk between two times of a day, as sessions to amend. */
    private List<Session> lateArrivals(LocalDate date, LocalTime from, LocalTime to, String kioskId) {
        if (to.isBefore(from)) {
            throw new Refused("the period ends at " + to + ", before it starts at " + from);
        }
        Instant start = date.atTime(from).atZone(school.zone()).toInstant();
        Instant end = date.atTime(to).atZone(school.zone()).toInstant();
        List<RecordedArrival> arrivals = register.marksBetween(start, end, kioskId).stream()
                .filter(a -> a.mark().isLate()).toList();
        if (arrivals.isEmpty()) {
            throw new Refused("no late arrival at kiosk '" + kioskId + "' between " + from + " and " + to + " on "
                    + date + ": nothing was amended");
        }
        return arrivals.stream().map(a -> new Session(a.pupilId(), a.register())).toList();
    }

    /** Every change checked first, so a refusal leaves no batch behind; then the batch and its entries, written. */
    private List<Amendment> record(LocalDate date, List<Session> sessions, Optional<AttendanceCode> code,
                                   Optional<String> lateReason, String reason, StaffIdentity by, String batchWords) {
        plan(date, sessions, code, lateReason, reason, by, Optional.empty());
        long batch = log.openBatch(batchWords, clock.instant(), by);
        List<Amendment> amendments = plan(date, sessions, code, lateReason, reason, by, Optional.of(batch));
        log.record(amendments);
        return amendments;
    }

    private List<Amendment> plan(LocalDate date, List<Session> sessions, Optional<AttendanceCode> code,
                                 Optional<String> lateReason, String reason, StaffIdentity by, Optional<Long> batch) {
        List<Amendment> amendments = new ArrayList<>();
        for (Session s : sessions) {
            amendments.add(prepare(s.pupilId(), date, s.register(), code, lateReason, reason, Optional.empty(), by,
                    batch, true));
        }
        return amendments;
    }

    private Amendment prepare(String pupilId, LocalDate date, Register reg, Optional<AttendanceCode> code,
                              Optional<String> lateReason, String reason, Optional<String> evidence, StaffIdentity by,
                              Optional<Long> batch, boolean group) {
        // The amendment's reason may run to several lines (the export keeps them); the late reason
        // and the evidence are one line, like the reasons pupils give.
        for (var field : List.of(Map.entry(PlainText.severalLines("the reason"), Optional.of(reason)),
                Map.entry(PlainText.oneLine("the late reason"), lateReason),
                Map.entry(PlainText.oneLine("the evidence"), evidence))) {
            field.getValue().flatMap(field.getKey()::refusal).ifPresent(why -> {
                throw new Refused(pupilId + ": " + why + "; nothing was amended");
            });
        }
        AttendanceCode original = current(pupilId, date, reg).orElseThrow(() -> new Refused(pupilId
                + " has no " + reg.words() + " entry on " + date + " recorded by lategate to amend"));
        AttendanceCode amended = code.orElse(original);
        Optional<String> late = lateReason.map(String::strip).filter(r -> !r.isEmpty());
        AmendmentRules.refusal(reg, original, amended, late, reason).ifPresent(why -> {
            throw new Refused(pupilId + ": " + why + "; nothing was amended");
        });
        // An entry that is M already (a sign-out's, a confirmed claim's) keeps it: only writing M asks for evidence.
        boolean evidenceSeen = evidence.filter(e -> !e.isBlank()).isPresent();
        if (amended != original) {
            medicalEvidence.refusal(amended, evidenceSeen).ifPresent(why -> {
                throw new Refused(pupilId + ": " + why + ": say what was seen with --evidence, e.g. "
                        + "--evidence \"appointment card seen\"" + (group ? ", amending each pupil "
                        + "with 'amend pupil'" : "") + "; nothing was amended");
            });
        }
        return new Amendment(pupilId, date, reg, original, amended, late, reason.strip(),
                evidence.map(String::strip).filter(e -> !e.isEmpty()), clock.instant(), by, batch);
    }
}
