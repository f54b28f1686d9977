package lategate.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import lategate.app.PupilWords;
import lategate.app.ReasonStatus;
import lategate.app.SignIn;
import lategate.app.SignInOutcome;
import lategate.domain.school.LateReason;
import lategate.domain.school.School;
import lategate.store.Database;
import lategate.store.SqlitePupils;
import lategate.store.SqliteRegisterLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "sign-in", mixinStandardHelpOptions = true,
        description = {"Record a pupil's arrival by badge (the office PC, scripts) and print what the pupil would "
                + "see.", "A second scan for the same register is kept as a repeat, never a second mark."},
        footer = {"", "Example:",
                "  lategate sign-in --school config/schools/russell.toml --db russell.db --badge RS0042 "
                        + "--at 2026-11-23T09:02:00 --reason transport"})
final class SignInCommand implements Callable<Integer> {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.UK);

    @Spec
    CommandSpec spec;

    @Mixin
    SchoolDatabaseOptions school;

    @Option(names = "--badge", required = true, paramLabel = "CODE", description = "The code on the pupil's badge.")
    String badge;

    @Option(names = "--at", paramLabel = "TIME",
            description = "When the pupil arrived, in school time (2026-11-23T09:02:00); default now.")
    String at;

    @Option(names = "--reason", paramLabel = "KEY", description = "One of the school's reason keys, e.g. transport.")
    String reason;

    @Option(names = "--kiosk-id", paramLabel = "NAME", defaultValue = "office",
            description = "Which machine recorded it (default: ${DEFAULT-VALUE}).")
    String kioskId;

    @Option(names = "--by", paramLabel = "NAME", defaultValue = "badge scan",
            description = "Who recorded it (default: ${DEFAULT-VALUE}).")
    String recordedBy;

    @Option(names = "--json", description = "Print one JSON object: outcome, pupil_id, mark, register, minutes_late, …")
    boolean json;

    @Override
    public Integer call() throws Exception {
        School settings = school.loadSchool();
        Clock clock = Main.clockOf(spec);
        Instant instant = at == null ? clock.instant() : SchoolTime.instant("--at", at, settings.zone());
        if (reason != null && settings.reason(reason).isEmpty()) {
            throw new BadInputException("--reason '" + reason + "' is not one of " + settings.name()
                    + "'s reasons: " + settings.reasons().stream().map(LateReason::key)
                    .collect(Collectors.joining(", ")));
        }
        if (badge.isBlank()) {
            throw new BadInputException("--badge is empty");
        }
        SignInOutcome outcome;
        try (Database database = school.open(settings)) {
            SignIn signIn = new SignIn(settings, new SqlitePupils(database),
                    new SqliteRegisterLog(database, settings.zone()), clock);
            outcome = signIn.scan(badge.strip(), instant, kioskId, recordedBy, Optional.ofNullable(reason));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            printJson(out, outcome, settings);
        } else {
            printWords(out, outcome, settings);
        }
        return outcome instanceof SignInOutcome.Marked || outcome instanceof SignInOutcome.AlreadySignedIn ? 0 : 1;
    }

    private void printWords(PrintWriter out, SignInOutcome outcome, School settings) {
        if (outcome instanceof SignInOutcome.Marked m) {
            out.println(m.pupil().givenName() + ", " + m.pupil().className());
            out.println(PupilWords.markInWords(m.classification()));
            m.consequence().ifPresent(out::println);
            m.reason().ifPresent(r -> out.println("Reason: " + r.reason().label()
                    + (r.status() == ReasonStatus.CLAIMED ? " (the office will check this)" : "")));
            out.println("Saved: " + m.classification().mark().id()
                    + m.classification().register().map(r -> ", " + r.words() + " register").orElse("")
                    + (m.classification().mark().isLate() ? ", " + m.classification().minutesLate() + " minutes late" : "")
                    + ", at " + CLOCK.format(m.arrival().arrivedAt().atZone(settings.zone())) + " on kiosk "
                    + m.arrival().kioskId() + ".");
            out.println(m.classification().explanation());
        } else if (outcome instanceof SignInOutcome.AlreadySignedIn a) {
            out.println(a.pupil().givenName() + ", " + a.pupil().className());
            out.println(PupilWords.alreadySignedIn(a.first(), settings.zone()));
            out.println("Nothing new was marked; the scan is kept as a repeat.");
        } else if (outcome instanceof SignInOutcome.BadgeNotRecognised b) {
            out.println(PupilWords.badgeNotRecognised());
            spec.commandLine().getErr().println("lategate: badge '" + b.badge() + "': " + b.why()
                    + "; nothing was marked (the scan is kept for the office)");
        } else if (outcome instanceof SignInOutcome.NothingToMark n) {
            out.println(n.pupil().givenName() + ", " + n.pupil().className());
            out.println(n.classification().explanation());
            spec.commandLine().getErr().println("lategate: nothing was recorded");
        }
    }

    private void printJson(PrintWriter out, SignInOutcome outcome, School settings) {
        Json.printObject(out, g -> {
            if (outcome instanceof SignInOutcome.Marked m) {
                g.writeStringField("outcome", "marked");
                g.writeStringField("pupil_id", m.pupil().id());
                g.writeStringField("given_name", m.pupil().givenName());
                g.writeStringField("class", m.pupil().className());
                g.writeStringField("mark", m.classification().mark().id());
                g.writeStringField("register", m.classification().register().orElseThrow().name());
                g.writeNumberField("minutes_late", m.classification().minutesLate());
                g.writeStringField("arrived_at", m.arrival().arrivedAt().atZone(settings.zone())
                        .toOffsetDateTime().toString());
                Json.stringOrNull(g, "reason", m.reason().map(r -> r.reason().key()).orElse(null));
                Json.stringOrNull(g, "reason_status", m.reason().map(r -> r.status().id()).orElse(null));
                Json.stringOrNull(g, "consequence", m.consequence().orElse(null));
                g.writeStringField("message", PupilWords.markInWords(m.classification()));
                g.writeStringField("explanation", m.classification().explanation());
                g.writeNumberField("arrival_id", m.arrival().id());
            } else if (outcome instanceof SignInOutcome.AlreadySignedIn a) {
                g.writeStringField("outcome", "already_signed_in");
                g.writeStringField("pupil_id", a.pupil().id());
                g.writeStringField("given_name", a.pupil().givenName());
                g.writeStringField("class", a.pupil().className());
                g.writeStringField("mark", a.first().mark().id());
                g.writeStringField("register", a.first().register().name());
                g.writeNumberField("minutes_late", a.first().minutesLate());
                g.writeStringField("arrived_at", a.first().arrivedAt().atZone(settings.zone())
                        .toOffsetDateTime().toString());
                g.writeStringField("message", PupilWords.alreadySignedIn(a.first(), settings.zone()));
                g.writeNumberField("arrival_id", a.first().id());
            } else if (outcome instanceof SignInOutcome.BadgeNotRecognised b) {
                g.writeStringField("outcome", "badge_not_recognised");
                g.writeStringField("badge", b.badge());
                g.writeStringField("message", PupilWords.badgeNotRecognised());
            } else if (outcome instanceof SignInOutcome.NothingToMark n) {
                g.writeStringField("outcome", "nothing_to_mark");
                g.writeStringField("pupil_id", n.pupil().id());
                g.writeStringField("mark", n.classification().mark().id());
                g.writeNullField("register");
                g.writeNumberField("minutes_late", 0);
                g.writeStringField("explanation", n.classification().explanation());
            }
        });
    }
}
