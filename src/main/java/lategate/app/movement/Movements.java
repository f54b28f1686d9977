package lategate.app.movement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import lategate.app.ContactDirectory;
import lategate.app.MovementLog;
import lategate.app.PupilDirectory;
import lategate.domain.audit.StaffIdentity;
import lategate.domain.movement.Collection;
import lategate.domain.movement.CollectionRule;
import lategate.domain.movement.DayMovements;
import lategate.domain.movement.Movement;
import lategate.domain.pupil.Pupil;
import lategate.domain.register.MedicalEvidenceRule;
import lategate.domain.school.School;
import lategate.domain.text.PlainText;

/**
 * The office signing pupils out and back in, and saying at any moment who is off site. Every
 * refusal says why and records nothing.
 */
public final class Movements {

    private final School school;
    private final PupilDirectory pupils;
    private final ContactDirectory contacts;
    private final MovementLog log;
    private final Clock clock;
    private final CollectionRule collectionRule;
    private final MedicalEvidenceRule medicalEvidence;

    /**
     * @param collectionRule  who may take a pupil out, citing the school's rule on signing out
     * @param medicalEvidence whether M needs the appointment card or letter seen, as the school's settings say
     */
    public Movements(School school, PupilDirectory pupils, ContactDirectory contacts, MovementLog log, Clock clock,
                     CollectionRule collectionRule, MedicalEvidenceRule medicalEvidence) {
        this.school = Objects.requireNonNull(school, "school");
        this.pupils = Objects.requireNonNull(pupils, "pupils");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.collectionRule = Objects.requireNonNull(collectionRule, "collectionRule");
        this.medicalEvidence = Objects.requireNonNull(medicalEvidence, "medicalEvidence");
    }

    /** Who may take a pupil out: the one rule the command line and the kiosk's form both go through. */
    public CollectionRule collectionRule() {
        return collectionRule;
    }

    /** Whether M needs evidence seen at this school. */
    public MedicalEvidenceRule medicalEvidence() {
        return medicalEvidence;
    }

    /**
     * The adults listed for {@code pupil} as the collection rule reads them, with where the list
     * came from: the contacts file last imported, and when.
     */
    public CollectionRule.Listed listed(Pupil pupil) {
        String source = contacts.lastImport().map(i -> "listed in " + i.sourceName() + ", imported "
                + dateOf(i.at()) + " with 'lategate contacts import'; 'lategate contacts list' shows them")
                .orElse("no contacts have been imported: 'lategate contacts import' lists them");
        // By id only: a refusal reaches standard error, and pupils' names stay out of it (and out of
        // the logs that keep it); the form on the kiosk shows the pupil's name above the message.
        return new CollectionRule.Listed("pupil " + pupil.id(), contacts.of(pupil.id()), source);
    }

    /** A refusal, in words for the receptionist. */
    public static final class Refused extends lategate.app.Refused {
        public Refused(String message) {
            super(message);
        }
    }

    /**
     * Signs a pupil out, collected as {@code request} says if the collection rule allows it, with
     * the code a register taken while they are out gets (M only with evidence seen where the
     * school's settings ask for it).
     *
     * @throws Refused with why, and nothing recorded
     */
    public Movement.SignedOut signOut(String pupilId, Instant at, lategate.domain.codes.AttendanceCode code,
                                      String reason, CollectionRule.Request request, boolean evidenceSeen,
                                      Optional<Instant> expectedBack, StaffIdentity by) {
        typed("the reason", reason);
        typed("the collector's name", request.collector());
        typed("the collector's relationship", request.relationship());
        request.confirmedBy().ifPresent(name -> typed("the name of who confirmed", name));
        Pupil pupil = onRoll(pupilId);
        CollectionRule.Outcome outcome = collectionRule.decide(listed(pupil), request);
        if (outcome instanceof CollectionRule.Refused refused) {
            throw new Refused(refused.why() + "; nothing was recorded");
        }
        Collection collection = ((CollectionRule.Allowed) outcome).collection();
        medicalEvidence.refusal(code, evidenceSeen).ifPresent(why -> {
            throw new Refused(why + ": record that it was seen, or sign out with another code and amend to M "
                    + "when it is; nothing was recorded");
        });
        Instant now = clock.instant();
        LocalDate date = dateOf(at);
        MovementTimes.notInTheFuture(at, now, "sign-out");
        DayMovements day = new DayMovements(pupilId, log.of(pupilId, date));
        if (day.offSite().isPresent()) {
            throw new Refused("pupil " + pupil.id() + " is already signed out (since "
                    + clockTime(day.offSite().get().at())
                    + "): sign them back in first");
        }
        // Against the time the pupil left, not this machine's clock: a sign-out written up afterwards
        // may well expect a return that has gone by since.
        if (expectedBack.isPresent() && expectedBack.get().isBefore(at)) {
            throw new Refused("the expected return " + clockTime(expectedBack.get()) + " is already past at "
                    + clockTime(at) + ", when the pupil left");
        }
        if (!code.authorisesAbsence()) {
            throw new Refused(code.code() + " (" + code.meaning() + ") is not a code for leave granted during the "
                    + "day; use M, I or C as the school sets");
        }
        Movement.SignedOut out;
        try {
            out = new Movement.SignedOut(pupilId, at, code, reason, collection, evidenceSeen, expectedBack);
        } catch (IllegalArgumentException e) {
            throw new Refused(e.getMessage());
        }
        log.record(out, date, by, now);
        return out;
    }

    /** Text typed for the register is plain text (PlainText): refused before anything is recorded. */
    private static void typed(String field, String text) {
        PlainText.oneLine(field).refusal(text).ifPresent(why -> {
            throw new Refused(why + "; nothing was recorded");
        });
    }

    public Movement.SignedBackIn signBackIn(String pupilId, Instant at, StaffIdentity by) {
        Pupil pupil = onRoll(pupilId);
        Instant now = clock.instant();
        LocalDate date = dateOf(at);
        Optional<Movement.SignedOut> out = new DayMovements(pupilId, log.of(pupilId, date)).offSite();
        if (out.isEmpty()) {
            throw new Refused("pupil " + pupil.id() + " is not signed out today: there is nothing to sign back in from");
        }
        MovementTimes.notBeforeLeaving(at, out.get());
        MovementTimes.notInTheFuture(at, now, "return");
        Movement.SignedBackIn back = new Movement.SignedBackIn(pupilId, at);
        log.record(back, date, by, now);
        return back;
    }

    /** Everyone off site now, with their sign-out, earliest first. */
    public List<OffSite> offSiteNow() {
        return offSiteAt(clock.instant());
    }

    /**
     * Everyone off site at {@code instant}, earliest out first: those whose last movement that day
     * at or before it is a sign-out. What was recorded as happening later (a return, or a
     * sign-out) does not count, and overdue means past the expected return at that instant.
     */
    public List<OffSite> offSiteAt(Instant instant) {
        Map<String, List<Movement>> byPupil = log.on(dateOf(instant)).stream()
                .collect(Collectors.groupingBy(Movement::pupilId, TreeMap::new, Collectors.toList()));
        List<OffSite> off = new ArrayList<>();
        byPupil.forEach((id, moves) -> new DayMovements(id, moves).outAt(instant).ifPresent(out ->
                pupils.byId(id).ifPresent(p -> off.add(new OffSite(p, out, out.overdueAt(instant))))));
        off.sort(java.util.Comparator.comparing(o -> o.signOut().at()));
        return off;
    }

    /** A pupil off site, and whether they are past their expected return. */
    public record OffSite(Pupil pupil, Movement.SignedOut signOut, boolean overdue) {
    }

    /** The pupil's day so far, for register effects and the day view. */
    public DayMovements dayOf(String pupilId, LocalDate date) {
        return new DayMovements(pupilId, log.of(pupilId, date));
    }

    private Pupil onRoll(String pupilId) {
        return pupils.byId(pupilId).filter(Pupil::onRoll)
                .orElseThrow(() -> new Refused("no pupil on roll with id '" + pupilId + "'"));
    }

    private String clockTime(Instant at) {
        return lategate.domain.register.TimeWords.CLOCK.format(at.atZone(school.zone()));
    }

    private LocalDate dateOf(Instant at) {
        return at.atZone(school.zone()).toLocalDate();
    }
}
