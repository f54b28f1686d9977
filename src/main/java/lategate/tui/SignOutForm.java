package lategate.tui;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.pupil.AuthorisedAdult;
import lategate.domain.pupil.Pupil;

/**
 * The sign-out form as staff fill it in, one question at a time (docs/domain.md, "Safeguarding
 * at sign-out": who collected the pupil, and no pupil leaves without parental confirmation). The flow changes its own copy;
 * the screen is given a {@link #copy()} that nobody changes.
 */
public final class SignOutForm {

    /** The questions, in the order they are asked; someone not on the list adds three. */
    public enum Step {
        CODE, REASON, COLLECTOR, OTHER_NAME, OTHER_RELATIONSHIP, CONFIRMED_BY, EVIDENCE, EXPECTED_BACK, CHECK
    }

    /** The codes a sign-out may carry, each picked with its own letter. */
    static final List<AttendanceCode> CODES = List.of(AttendanceCode.M, AttendanceCode.I, AttendanceCode.C);

    static String codeWords(AttendanceCode code) {
        return switch (code) {
            case M -> "medical or dental appointment";
            case I -> "illness";
            case C -> "other leave";
            default -> code.meaning();
        };
    }

    final Pupil pupil;
    final List<AuthorisedAdult> contacts;
    Step step = Step.CODE;
    AttendanceCode code;
    String reason = "";
    AuthorisedAdult collector;
    boolean someoneElse;
    String otherName = "";
    String otherRelationship = "";
    AuthorisedAdult confirmedBy;
    Instant confirmedAt;
    Boolean evidenceSeen;
    LocalTime expectedBack;
    String typing = "";
    String problem;

    SignOutForm(Pupil pupil, List<AuthorisedAdult> contacts) {
        this.pupil = pupil;
        this.contacts = List.copyOf(contacts);
    }

    SignOutForm copy() {
        SignOutForm c = new SignOutForm(pupil, contacts);
        c.step = step;
        c.code = code;
        c.reason = reason;
        c.collector = collector;
        c.someoneElse = someoneElse;
        c.otherName = otherName;
        c.otherRelationship = otherRelationship;
        c.confirmedBy = confirmedBy;
        c.confirmedAt = confirmedAt;
        c.evidenceSeen = evidenceSeen;
        c.expectedBack = expectedBack;
        c.typing = typing;
        c.problem = problem;
        return c;
    }

    public Pupil pupil() {
        return pupil;
    }

    public Step step() {
        return step;
    }

    /** The adults listed for the pupil who may collect them, numbered from 1 on screen. */
    public List<AuthorisedAdult> mayCollect() {
        return contacts.stream().filter(AuthorisedAdult::mayCollect).toList();
    }

    /** Every adult listed for the pupil: any of them may confirm someone else by phone. */
    public List<AuthorisedAdult> listed() {
        return contacts;
    }

    public Optional<AttendanceCode> code() {
        return Optional.ofNullable(code);
    }

    public String reason() {
        return reason;
    }

    public Optional<AuthorisedAdult> collector() {
        return Optional.ofNullable(collector);
    }

    public boolean someoneElse() {
        return someoneElse;
    }

    public String otherName() {
        return otherName;
    }

    public String otherRelationship() {
        return otherRelationship;
    }

    public Optional<AuthorisedAdult> confirmedBy() {
        return Optional.ofNullable(confirmedBy);
    }

    public Optional<Boolean> evidenceSeen() {
        return Optional.ofNullable(evidenceSeen);
    }

    public Optional<LocalTime> expectedBack() {
        return Optional.ofNullable(expectedBack);
    }

    /** What is typed so far for a question answered in words. */
    public String typing() {
        return typing;
    }

    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** Whether the question now is answered by typing words (and Enter), not by one key. */
    public boolean takesText() {
        return step == Step.REASON || step == Step.OTHER_NAME || step == Step.OTHER_RELATIONSHIP
                || step == Step.EXPECTED_BACK;
    }
}
