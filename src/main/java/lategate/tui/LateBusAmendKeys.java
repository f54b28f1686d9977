package lategate.tui;

import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lategate.app.LateBookEntry;
import lategate.app.audit.Amendments;
import lategate.domain.audit.Amendment;
import lategate.domain.pupil.Pupil;
import lategate.scanner.KioskInput;

/**
 * A late bus from staff mode, through the same use case as {@code lategate amend late-bus}
 * ({@link Amendments}): tick pupils from today's late arrivals with Space (or press W to choose
 * everyone who arrived at a kiosk between two times), give the late reason and why, and see who
 * will change, by name and class, before Enter writes anything. Escape goes one question back.
 */
final class LateBusAmendKeys extends ScreenKeys<StaffScreen.LateBusAmend> {

    private final StaffContext context;

    LateBusAmendKeys(StaffContext context) {
        super(StaffScreen.LateBusAmend.class);
        this.context = context;
    }

    /** Today's late arrivals to tick, from the menu. */
    Next.Show open(Instant now) {
        return Next.show(new StaffScreen.LateBusAmend(LateBusAmendForm.of(context.today(now),
                context.desk().entries().lateBook(context.today(now)))));
    }

    @Override
    Next typed(StaffScreen.LateBusAmend screen, char c, Instant now) {
        LateBusAmendForm form = screen.form();
        return switch (form.step()) {
            case PICK -> c == ' ' ? show(form.toggled())
                    : Character.toLowerCase(c) == 'w' ? show(form.at(LateBusAmendForm.Step.KIOSK, context.kioskId()))
                    : Next.show(screen);
            case PREVIEW -> Next.show(screen);
            default -> Character.isISOControl(c) || form.typing().length() >= StaffFlow.MAX_TEXT ? Next.show(screen)
                    : show(form.typing(form.typing() + c));
        };
    }

    @Override
    Next special(StaffScreen.LateBusAmend screen, KioskInput.Key key, Instant now) {
        LateBusAmendForm form = screen.form();
        if (form.step() == LateBusAmendForm.Step.PICK) {
            if (upOrDown(key)) {
                return show(form.cursorAt(move(form.cursor(), form.arrivals().size(), key)));
            }
            if (key == KioskInput.Key.ENTER) {
                return form.tickedArrivals().isEmpty()
                        ? show(form.problem("Tick the pupils on the bus with Space, or press W to choose by kiosk "
                        + "and time"))
                        : show(form.at(LateBusAmendForm.Step.LATE_REASON, form.lateReason().orElse("")));
            }
            return Next.show(screen);
        }
        if (form.step() == LateBusAmendForm.Step.PREVIEW) {
            return switch (key) {
                case UP -> show(form.scrolledTo(Math.max(0, form.scroll() - 1)));
                case DOWN -> show(form.scrolledTo(Math.min(Math.max(0, form.preview().size() - 1), form.scroll() + 1)));
                case ENTER -> apply(form, now);
                default -> Next.show(screen);
            };
        }
        if (key == KioskInput.Key.BACKSPACE && !form.typing().isEmpty()) {
            return show(form.typing(chop(form.typing())));
        }
        if (key != KioskInput.Key.ENTER) {
            return Next.show(screen);
        }
        String typed = form.typing().strip();
        return switch (form.step()) {
            case KIOSK -> typed.isEmpty() ? show(form.problem("Type the kiosk's name, e.g. " + context.kioskId()))
                    : show(form.withKiosk(Optional.of(typed)));
            case FROM -> time(typed).map(t -> show(form.withFrom(t))).orElseGet(() -> show(form.problem(notATime(typed))));
            case TO -> time(typed).map(t -> show(form.withTo(t))).orElseGet(() -> show(form.problem(notATime(typed))));
            case LATE_REASON -> show(form.withLateReason(Optional.of(typed).filter(t -> !t.isEmpty())));
            case WHY -> typed.isEmpty() ? show(form.problem("Say why (e.g. bus company confirmed the delay): the "
                    + "audit trail keeps it")) : preview(form, typed);
            default -> Next.show(screen);
        };
    }

    @Override
    Next escape(StaffScreen.LateBusAmend screen, Instant now) {
        LateBusAmendForm form = screen.form();
        return switch (form.step()) {
            case PICK -> Next.toMenu();
            case KIOSK -> show(form.withKiosk(Optional.empty()));
            case FROM -> show(form.at(LateBusAmendForm.Step.KIOSK, form.kiosk().orElse("")));
            case TO -> show(form.at(LateBusAmendForm.Step.FROM, form.from().map(LocalTime::toString).orElse("")));
            case LATE_REASON -> form.byWindow()
                    ? show(form.at(LateBusAmendForm.Step.TO, form.to().map(LocalTime::toString).orElse("")))
                    : show(form.at(LateBusAmendForm.Step.PICK, ""));
            case WHY -> show(form.at(LateBusAmendForm.Step.LATE_REASON, form.lateReason().orElse("")));
            case PREVIEW -> show(form.at(LateBusAmendForm.Step.WHY, form.why()));
        };
    }

    @Override
    boolean takesText(StaffScreen.LateBusAmend screen) {
        LateBusAmendForm.Step step = screen.form().step();
        return step != LateBusAmendForm.Step.PICK && step != LateBusAmendForm.Step.PREVIEW;
    }

    /** Who will change, asked of the amendments with every rule checked, and nothing written. */
    private Next preview(LateBusAmendForm form, String why) {
        try {
            List<Amendment> would = form.byWindow()
                    ? context.desk().amendments().previewBulk(form.day(), form.from().orElseThrow(),
                    form.to().orElseThrow(), form.kiosk().orElseThrow(), Optional.empty(), form.lateReason(), why,
                    context.identity())
                    : context.desk().amendments().previewLateBus(form.day(), sessions(form), Optional.empty(),
                    form.lateReason(), why, context.identity());
            return show(form.withPreview(why, lines(would)));
        } catch (Amendments.Refused refused) {
            return show(form.typing(why).problem("Refused, nothing recorded: " + refused.getMessage()));
        }
    }

    private Next apply(LateBusAmendForm form, Instant now) {
        try {
            List<Amendment> done = form.byWindow()
                    ? context.desk().amendments().bulk(form.day(), form.from().orElseThrow(), form.to().orElseThrow(),
                    form.kiosk().orElseThrow(), Optional.empty(), form.lateReason(), form.why(), context.identity())
                    : context.desk().amendments().lateBus(form.day(), sessions(form), Optional.empty(),
                    form.lateReason(), form.why(), context.identity());
            return new Next.Reopen(new StaffScreen.LateBook(form.day(), List.of()), Optional.of(context.clock(now)
                    + " late bus: " + done.size() + (done.size() == 1 ? " entry" : " entries")
                    + " amended, each in the audit trail; the originals are kept"));
        } catch (Amendments.Refused refused) {
            return show(form.problem("Refused, nothing recorded: " + refused.getMessage()));
        } catch (RuntimeException ex) {
            return show(form.problem("NOT SAVED: " + Trouble.refusal(ex)));
        }
    }

    private static List<Amendments.Session> sessions(LateBusAmendForm form) {
        return form.tickedArrivals().stream()
                .map(e -> new Amendments.Session(e.entry().pupilId(), e.entry().register())).toList();
    }

    /** "Zoë Nguyễn (5A), morning: U -> U, late reason 'Late bus'". */
    private List<String> lines(List<Amendment> would) {
        Map<String, Pupil> names = context.desk().pupils().byIds(would.stream().map(Amendment::pupilId).toList());
        return would.stream().map(a -> {
            Pupil p = names.get(a.pupilId());
            return (p == null ? a.pupilId() : p.fullName() + " (" + p.className() + ")") + ", "
                    + a.register().words() + ": " + a.original().code() + " -> " + a.amended().code()
                    + a.lateReason().map(r -> ", late reason '" + r + "'").orElse("");
        }).toList();
    }

    private static Optional<LocalTime> time(String typed) {
        try {
            return Optional.of(LocalTime.parse(typed));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String notATime(String typed) {
        return "'" + typed + "' is not a time: type it as 09:05";
    }

    private static Next show(LateBusAmendForm form) {
        return Next.show(new StaffScreen.LateBusAmend(form));
    }
}
