package lategate.tui;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import lategate.app.movement.Movements;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.movement.Collection;
import lategate.domain.movement.CollectionRule;
import lategate.domain.movement.Movement;
import lategate.domain.pupil.AuthorisedAdult;
import lategate.domain.pupil.Pupil;
import lategate.domain.register.TimeWords;
import lategate.scanner.KioskInput;

/**
 * The sign-out form, one question at a time: a key answers a question asked with one key, Enter
 * one answered in words, and Enter on the check records the sign-out. Escape cancels it, with
 * nothing recorded, back to the pupil's page.
 */
final class SignOutKeys extends ScreenKeys<StaffScreen.SigningOut> {

    private final StaffContext context;
    private final PupilPageKeys pages;

    SignOutKeys(StaffContext context, PupilPageKeys pages) {
        super(StaffScreen.SigningOut.class);
        this.context = context;
        this.pages = pages;
    }

    @Override
    Next typed(StaffScreen.SigningOut screen, char c, Instant now) {
        SignOutForm form = screen.form().withoutProblem();
        return Next.show(screen.with(switch (form.step()) {
            case CODE -> {
                String letter = String.valueOf(Character.toUpperCase(c));
                yield SignOutForm.CODES.stream().filter(code -> code.code().equals(letter)).findFirst()
                        .map(form::withCode).orElse(form);
            }
            case COLLECTOR -> collector(form, c);
            case CONFIRMED_BY -> c >= '1' && c <= '9' && c - '1' < form.mayConfirm().size()
                    ? form.confirmedByPhone(form.mayConfirm().get(c - '1'), now) : form;
            case EVIDENCE -> evidence(form, Character.toLowerCase(c));
            case CHECK -> form; // Enter records, Escape cancels
            case EXPECTED_BACK -> (Character.isDigit(c) || c == ':' || c == '.') && form.typing().length() < 5
                    ? form.withTyping(form.typing() + (c == '.' ? ':' : c)) : form;
            default -> !Character.isISOControl(c) && form.typing().length() < StaffFlow.MAX_TEXT
                    ? form.withTyping(form.typing() + c) : form;
        }));
    }

    private static SignOutForm collector(SignOutForm form, char c) {
        List<AuthorisedAdult> may = form.mayCollect();
        if (c >= '1' && c <= '9' && c - '1' < may.size()) {
            return form.collectedBy(may.get(c - '1'));
        }
        if (c == '0' || Character.toLowerCase(c) == 's') {
            if (may.isEmpty()) {
                return form.withProblem("Nobody listed for " + form.pupil().givenName() + " may collect, so no "
                        + "parent can confirm someone else by phone: import the family's contacts first");
            }
            return form.collectedBySomeoneElse();
        }
        return form;
    }

    /**
     * Y or N for evidence seen. M without it is refused here, where the school's settings ask for
     * it, by the rule the sign-out itself goes through, so staff learn it before the last key.
     */
    private SignOutForm evidence(SignOutForm form, char yn) {
        if (yn != 'y' && yn != 'n') {
            return form;
        }
        Optional<String> refusal = form.code().flatMap(code -> context.desk().movements().medicalEvidence()
                .refusal(code, yn == 'y'));
        return refusal.map(why -> form.withProblem(why + ": press Y once it has been seen, or Escape and sign "
                + form.pupil().givenName() + " out with another code")).orElseGet(() -> form.withEvidenceSeen(yn == 'y'));
    }

    /**
     * The name of who is collecting, typed: an adult listed as may not collect is refused at once
     * and the adults who may collect are offered again; an adult listed as may collect is taken as
     * listed (no phone call needed); anyone else is asked for how they are related.
     */
    private SignOutForm otherName(SignOutForm form, String typed) {
        CollectionRule rule = context.desk().movements().collectionRule();
        Optional<String> refusal = rule.collectorRefusal(form.listed(), typed);
        if (refusal.isPresent()) {
            return form.backToCollector().withProblem("REFUSED: " + refusal.get());
        }
        return form.listed().named(typed).filter(AuthorisedAdult::mayCollect).map(form::collectedBy)
                .orElseGet(() -> form.withOtherName(typed));
    }

    @Override
    Next special(StaffScreen.SigningOut screen, KioskInput.Key key, Instant now) {
        SignOutForm form = screen.form();
        if (key == KioskInput.Key.ENTER) {
            return enter(screen, now);
        }
        if (key == KioskInput.Key.BACKSPACE && form.takesText() && !form.typing().isEmpty()) {
            return Next.show(screen.with(form.withTyping(chop(form.typing())).withoutProblem()));
        }
        return Next.show(screen);
    }

    @Override
    Next escape(StaffScreen.SigningOut screen, Instant now) {
        Pupil pupil = screen.form().pupil();
        return pages.open(pupil, screen.from(), screen, Optional.of(context.clock(now) + " sign-out of "
                + pupil.fullName() + " cancelled: nothing recorded"), now);
    }

    @Override
    boolean takesText(StaffScreen.SigningOut screen) {
        return screen.form().takesText();
    }

    private Next enter(StaffScreen.SigningOut screen, Instant now) {
        SignOutForm form = screen.form().withoutProblem();
        String typed = form.typing().strip();
        String name = form.pupil().givenName();
        if (form.step() == SignOutForm.Step.CHECK) {
            return submit(screen.with(form), now);
        }
        return Next.show(screen.with(switch (form.step()) {
            case REASON -> typed.isEmpty() ? form.withProblem("Say why " + name + " is leaving, e.g. dentist")
                    : form.withReason(typed);
            case OTHER_NAME -> typed.isEmpty() ? form.withProblem("Type the name of who is collecting " + name)
                    : otherName(form, typed);
            case OTHER_RELATIONSHIP -> typed.isEmpty() ? form.withProblem("Type how " + form.otherName()
                    + " is related to " + name + ", e.g. aunt") : form.withOtherRelationship(typed);
            case EXPECTED_BACK -> expectedBack(form, typed, now);
            default -> form; // a question answered with one key: Enter alone does nothing
        }));
    }

    private SignOutForm expectedBack(SignOutForm form, String typed, Instant now) {
        if (typed.isEmpty()) {
            return form.withExpectedBack(Optional.empty());
        }
        Matcher m = ClockCheckKeys.TIME.matcher(typed);
        if (!m.matches()) {
            return form.withProblem("'" + typed + "' is not a time: type it as HH:MM, e.g. 14:30, or leave it empty");
        }
        LocalTime time = LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        if (!context.today(now).atTime(time).atZone(context.zone()).toInstant().isAfter(now)) {
            return form.withProblem(TimeWords.CLOCK.format(time) + " is already past: give a later time, or leave it "
                    + "empty");
        }
        return form.withExpectedBack(Optional.of(time));
    }

    private Next submit(StaffScreen.SigningOut screen, Instant now) {
        SignOutForm form = screen.form();
        Pupil pupil = form.pupil();
        Optional<String> doubt = context.clockInQuestion();
        if (doubt.isPresent()) {
            return Next.show(screen.with(form.withProblem("Refused, nothing recorded: " + doubt.get())));
        }
        Movement.SignedOut out;
        try {
            // The same collection rule as the command line's, applied again as the sign-out is recorded.
            CollectionRule.Request collection = new CollectionRule.Request(
                    form.collector().map(AuthorisedAdult::name).orElse(form.otherName()),
                    form.collector().isPresent() ? "" : form.otherRelationship(),
                    form.confirmedBy().map(AuthorisedAdult::name), form.confirmedAt().orElse(now));
            Optional<Instant> back = form.expectedBack()
                    .map(t -> context.today(now).atTime(t).atZone(context.zone()).toInstant());
            AttendanceCode code = form.code().orElseThrow();
            out = context.desk().movements().signOut(pupil.id(), now, code, form.reason(), collection,
                    form.evidenceSeen().orElse(false), back, context.identity());
        } catch (Movements.Refused | IllegalArgumentException e) {
            return Next.show(screen.with(form.withProblem("Refused, nothing recorded: " + e.getMessage())));
        } catch (RuntimeException e) {
            return Next.show(screen.with(form.withProblem("NOT SAVED: " + Trouble.refusal(e))));
        }
        Collection who = out.collection();
        String news = context.clock(now) + " " + pupil.fullName() + " signed out (" + out.code().code()
                + "), collected by " + who.collectorName() + " (" + who.relationship() + ")"
                + out.expectedBack().map(t -> ", expected back " + context.clock(t)).orElse("");
        context.countOverdue(now);
        return pages.open(pupil, screen.from(), screen, Optional.of(news), now);
    }
}
