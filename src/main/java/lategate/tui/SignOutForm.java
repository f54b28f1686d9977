package lategate.tui;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.movement.CollectionRule;
import lategate.domain.pupil.AuthorisedAdult;
import lategate.domain.pupil.Pupil;

/**
 * The sign-out form as staff fill it in, one question at a time (docs/domain.md, "Safeguarding
 * at sign-out": who collected the pupil, and no pupil leaves without parental confirmation). A
 * value: each answer makes a new
 * form through a method named for it, so the form a screen shows never changes under it.
 *
 * @param listed       every adult listed for the pupil, and where the list came from: those who may collect
 *                     may confirm someone else by phone; those who may not are warned about on every question
 * @param someoneElse  whether the collector is someone not on the list, named in {@code otherName}
 * @param confirmedAt  when {@code confirmedBy} confirmed someone else by phone
 * @param typing       what is typed so far for a question answered in words
 * @param problem      why the last answer was not taken
 */
public record SignOutForm(Pupil pupil, CollectionRule.Listed listed, Step step, Optional<AttendanceCode> code,
                          String reason, Optional<AuthorisedAdult> collector, boolean someoneElse, String otherName,
                          String otherRelationship, Optional<AuthorisedAdult> confirmedBy, Optional<Instant> confirmedAt,
                          Optional<Boolean> evidenceSeen, Optional<LocalTime> expectedBack, String typing,
                          Optional<String> problem) {

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

    public SignOutForm {
        Objects.requireNonNull(pupil, "pupil");
        Objects.requireNonNull(listed, "listed");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(collector, "collector");
        Objects.requireNonNull(otherName, "otherName");
        Objects.requireNonNull(otherRelationship, "otherRelationship");
        Objects.requireNonNull(confirmedBy, "confirmedBy");
        Objects.requireNonNull(confirmedAt, "confirmedAt");
        Objects.requireNonNull(evidenceSeen, "evidenceSeen");
        Objects.requireNonNull(expectedBack, "expectedBack");
        Objects.requireNonNull(typing, "typing");
        Objects.requireNonNull(problem, "problem");
    }

    /** A new form for {@code pupil}, on its first question, with the adults listed for them. */
    static SignOutForm start(Pupil pupil, CollectionRule.Listed listed) {
        return new SignOutForm(pupil, listed, Step.CODE, Optional.empty(), "", Optional.empty(), false, "", "",
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "", Optional.empty());
    }

    /** The adults listed for the pupil who may collect them, numbered from 1 on screen. */
    public List<AuthorisedAdult> mayCollect() {
        return listed.mayCollect();
    }

    /** The adults listed for the pupil who may NOT collect them: each is warned about in full on every question. */
    public List<AuthorisedAdult> mayNotCollect() {
        return listed.mayNotCollect();
    }

    /**
     * Who may confirm someone else by phone, numbered from 1 on screen: the adults listed as may
     * collect, never the collector (the collection rule's own list).
     */
    public List<AuthorisedAdult> mayConfirm() {
        return CollectionRule.mayConfirm(listed, otherName);
    }

    /** Whether the question now is answered by typing words (and Enter), not by one key. */
    public boolean takesText() {
        return step == Step.REASON || step == Step.OTHER_NAME || step == Step.OTHER_RELATIONSHIP
                || step == Step.EXPECTED_BACK;
    }

    // ------------------------------------------------------------------------- answers

    /** The code picked; the reason in words is asked next. */
    SignOutForm withCode(AttendanceCode picked) {
        return new SignOutForm(pupil, listed, Step.REASON, Optional.of(picked), reason, collector, someoneElse,
                otherName, otherRelationship, confirmedBy, confirmedAt, evidenceSeen, expectedBack, typing, problem);
    }

    /** The reason in words; who collects is asked next. */
    SignOutForm withReason(String words) {
        return new SignOutForm(pupil, listed, Step.COLLECTOR, code, words, collector, someoneElse, otherName,
                otherRelationship, confirmedBy, confirmedAt, evidenceSeen, expectedBack, "", problem);
    }

    /** Collected by an adult on the list; whether evidence was seen is asked next. */
    SignOutForm collectedBy(AuthorisedAdult adult) {
        return new SignOutForm(pupil, listed, Step.EVIDENCE, code, reason, Optional.of(adult), false, otherName,
                otherRelationship, confirmedBy, confirmedAt, evidenceSeen, expectedBack, typing, problem);
    }

    /** Collected by someone not on the list: their name is asked next. */
    SignOutForm collectedBySomeoneElse() {
        return new SignOutForm(pupil, listed, Step.OTHER_NAME, code, reason, Optional.empty(), true, otherName,
                otherRelationship, confirmedBy, confirmedAt, evidenceSeen, expectedBack, typing, problem);
    }

    /** Back to who is collecting, the name typed dropped: it named an adult who may not collect. */
    SignOutForm backToCollector() {
        return new SignOutForm(pupil, listed, Step.COLLECTOR, code, reason, Optional.empty(), false, "", "",
                Optional.empty(), Optional.empty(), evidenceSeen, expectedBack, "", problem);
    }

    /** The name of someone not on the list; how they are related is asked next. */
    SignOutForm withOtherName(String name) {
        return new SignOutForm(pupil, listed, Step.OTHER_RELATIONSHIP, code, reason, collector, someoneElse, name,
                otherRelationship, confirmedBy, confirmedAt, evidenceSeen, expectedBack, "", problem);
    }

    /** How someone not on the list is related; which listed adult confirmed by phone is asked next. */
    SignOutForm withOtherRelationship(String relationship) {
        return new SignOutForm(pupil, listed, Step.CONFIRMED_BY, code, reason, collector, someoneElse, otherName,
                relationship, confirmedBy, confirmedAt, evidenceSeen, expectedBack, "", problem);
    }

    /** A listed adult confirmed someone else by phone at {@code at}; evidence is asked next. */
    SignOutForm confirmedByPhone(AuthorisedAdult adult, Instant at) {
        return new SignOutForm(pupil, listed, Step.EVIDENCE, code, reason, collector, someoneElse, otherName,
                otherRelationship, Optional.of(adult), Optional.of(at), evidenceSeen, expectedBack, typing, problem);
    }

    /** Whether evidence was seen; the expected return is asked next. */
    SignOutForm withEvidenceSeen(boolean seen) {
        return new SignOutForm(pupil, listed, Step.EXPECTED_BACK, code, reason, collector, someoneElse, otherName,
                otherRelationship, confirmedBy, confirmedAt, Optional.of(seen), expectedBack, typing, problem);
    }

    /** When the pupil is expected back, or not given; the form is then checked before it is recorded. */
    SignOutForm withExpectedBack(Optional<LocalTime> back) {
        return new SignOutForm(pupil, listed, Step.CHECK, code, reason, collector, someoneElse, otherName,
                otherRelationship, confirmedBy, confirmedAt, evidenceSeen, back, "", problem);
    }

    /** What is typed for the question being asked, so far. */
    SignOutForm withTyping(String text) {
        return new SignOutForm(pupil, listed, step, code, reason, collector, someoneElse, otherName,
                otherRelationship, confirmedBy, confirmedAt, evidenceSeen, expectedBack, text, problem);
    }

    /** Why the last answer was not taken (or the form not recorded). */
    SignOutForm withProblem(String why) {
        return new SignOutForm(pupil, listed, step, code, reason, collector, someoneElse, otherName,
                otherRelationship, confirmedBy, confirmedAt, evidenceSeen, expectedBack, typing, Optional.of(why));
    }

    /** The same form with no problem shown: a new key is a new try. */
    SignOutForm withoutProblem() {
        return problem.isEmpty() ? this : new SignOutForm(pupil, listed, step, code, reason, collector, someoneElse,
                otherName, otherRelationship, confirmedBy, confirmedAt, evidenceSeen, expectedBack, typing,
                Optional.empty());
    }
}
