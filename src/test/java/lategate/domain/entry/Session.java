package lategate.domain.entry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lategate.TestSchools;
import lategate.domain.audit.Amendment;
import lategate.domain.audit.StaffIdentity;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.movement.Collection;
import lategate.domain.movement.Movement;
import lategate.domain.register.Classification;
import lategate.domain.register.ReasonStatus;
import lategate.domain.register.RecordedArrival;
import lategate.domain.register.Register;
import lategate.domain.school.School;

/**
 * One pupil's session on 23 November 2026 as its records are made, in the order a test makes them,
 * then resolved: times are the school's local time ("09:40").
 */
final class Session {

    static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    static final StaffIdentity OFFICE = new StaffIdentity("Pat Reed", "Receptionist");
    static final Collection MUM = new Collection("Mum", "parent", true, Optional.empty());

    private final School school;
    private final Register register;
    private Optional<RecordedArrival> scan = Optional.empty();
    private int repeats;
    private final List<ReasonRecord> reasons = new ArrayList<>();
    private final List<Movement> movements = new ArrayList<>();
    private final List<ClaimDecision> decisions = new ArrayList<>();
    private final List<Amendment> amendments = new ArrayList<>();
    private long ids;

    Session(String schoolId, Register register) {
        this.school = TestSchools.load(schoolId);
        this.register = register;
    }

    Instant at(String time) {
        return TestSchools.local(school, DAY + "T" + time + (time.length() == 5 ? ":00" : ""));
    }

    /** The pupil scans: classified as the kiosk classifies it, the first scan the mark, later ones repeats. */
    Session scan(String time) {
        if (scan.isPresent()) {
            repeats++;
            return this;
        }
        Classification c = school.registerRules().classify(at(time));
        scan = Optional.of(new RecordedArrival(++ids, "P1", DAY, c.register().orElseThrow(), at(time), c.mark(),
                c.minutesLate(), "gate", c.register().flatMap(r -> school.consequenceOf(c.mark(), r)),
                c.explanation(), "kiosk"));
        return this;
    }

    Session reason(String time, String label, ReasonStatus status) {
        reasons.add(new ReasonRecord(++ids, label, status, status == ReasonStatus.CLAIMED
                ? Optional.of(AttendanceCode.M) : Optional.empty(), at(time), "pupil"));
        return this;
    }

    /** The latest reason given: the claim a decision decides. */
    long lastReasonId() {
        return reasons.get(reasons.size() - 1).id();
    }

    Session decide(String time, ClaimDecision.Verdict verdict, String why) {
        decisions.add(new ClaimDecision(lastReasonId(), verdict, why, at(time), OFFICE));
        return this;
    }

    Session signOut(String time, AttendanceCode code, String why) {
        movements.add(new Movement.SignedOut("P1", at(time), code, why, MUM, true, Optional.empty()));
        return this;
    }

    Session lunchOut(String time) {
        movements.add(new Movement.SignedOut("P1", at(time), AttendanceCode.N, "lunchtime pass", MUM, false,
                Optional.empty(), true));
        return this;
    }

    Session back(String time) {
        movements.add(new Movement.SignedBackIn("P1", at(time)));
        return this;
    }

    Session amend(String time, AttendanceCode from, AttendanceCode to, String why, Optional<String> lateReason) {
        amendments.add(new Amendment("P1", DAY, register, from, to, lateReason, why, Optional.empty(), at(time), OFFICE,
                Optional.empty()));
        return this;
    }

    SessionEvents events() {
        Map<Movement, StaffIdentity> by = new HashMap<>();
        movements.forEach(m -> by.put(m, OFFICE));
        return new SessionEvents("P1", DAY, register, scan.filter(s -> s.register() == register), repeats, reasons,
                movements, decisions, amendments, List.of(), by, Optional.empty());
    }

    /** The entry as it stands at {@code time} that day, if anything makes one by then. */
    Optional<SessionEntry> standingAt(String time) {
        return new EntryResolution(school.registerRules()).resolve(events(), at(time));
    }

    /** The entry as it stands at the end of the day. */
    SessionEntry standing() {
        return standingAt("23:00").orElseThrow(() -> new AssertionError("no entry"));
    }
}
