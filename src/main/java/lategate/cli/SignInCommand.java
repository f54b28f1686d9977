package lategate.cli;

import lategate.output.Json;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import lategate.app.PupilWords;
import lategate.app.ReasonGiven;
import lategate.domain.register.ReasonStatus;
import lategate.domain.register.RecordedArrival;
import lategate.app.SignIn;
import lategate.app.SignInOutcome;
import lategate.domain.pupil.Pupil;
import lategate.domain.register.Classification;
import lategate.domain.register.TimeWords;
import lategate.domain.school.LateReason;
import lategate.domain.school.School;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import lategate.wiring.BadInputException;
import lategate.wiring.SchoolServices;

@Command(name = "sign-in", mixinStandardHelpOptions = true,
        description = {"Record a pupil's arrival by badge (the office PC, scripts) and print what the pupil would "
                + "see.", "A second scan for the same register is kept as a repeat, never a second mark; a reason "
                + "given with it is added to the mark. Arrivals in the future, or earlier than a mark already held, "
                + "are refused."},
        footer = {"", "Example:",
                "  lategate sign-in --school lategate-demo/demo.toml \\",
                "      --db lategate-demo/demo.db \\",
                "      --badge DEMO0002R --at 2026-11-23T09:02:00 --reason transport"})
final class SignInCommand implements Callable<Integer> {

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

    @Option(names = "--by", paramLabel = "NAME", defaultValue = "office (lategate sign-in)",
            description = "Who recorded it, with their position (default: ${DEFAULT-VALUE}).")
    String recordedBy;

    @Option(names = "--json", description = "Print one JSON object with the same fields whatever happened: outcome, "
            + "pupil_id, given_name, class, mark, register, minutes_late, arrived_at, reason, reason_status, "
            + "consequence, message, explanation, arrival_id.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        lategate.settings.Settings all = school.loadSettings();
        School settings = all.school();
        lategate.domain.badge.BadgeCodes codes = SchoolServices.badgeCodes(all);
        Clock clock = Main.clockOf(spec);
        Instant instant = SchoolTime.instantOr("--at", at, clock.instant(), settings.zone());
        if (reason != null && settings.reason(reason).isEmpty()) {
            throw new BadInputException("--reason '" + reason + "' is not one of " + settings.name()
                    + "'s reasons: " + settings.reasons().stream().map(LateReason::key)
                    .collect(Collectors.joining(", ")));
        }
        requireText("--badge", badge);
        requireText("--kiosk-id", kioskId);
        requireText("--by", recordedBy);
        SignInOutcome outcome;
        try (SchoolServices services = school.open(all, clock)) {
            // a file with the schema and no pupils (an import that never finished) would answer every
            // badge "not recognised" as if the register were real
            if (!services.pupils().hasRoster()) {
                throw new BadInputException("the database " + school.db + " holds no roster yet: import the "
                        + "school's roster first (lategate roster import --school FILE --db " + school.db
                        + " ROSTER.CSV); nothing was recorded");
            }
            SignIn signIn = new SignIn(settings, codes, services.badgeIssues(),
                    services.pupils(),
                    services.registerLog(), services.movementLog(), clock);
            outcome = signIn.scan(badge.strip(), instant, kioskId.strip(), recordedBy.strip(),
                    Optional.ofNullable(reason));
        }
        Report report = Report.of(outcome, settings);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            report.printJson(out);
        } else {
            report.printWords(out);
        }
        if (reason != null && report.reasonIgnored()) {
            spec.commandLine().getErr().println("lategate: --reason was not recorded: " + report.reasonIgnoredWhy());
        }
        if (!report.recorded()) {
            spec.commandLine().getErr().println("lategate: " + report.explanation());
            return 1;
        }
        return 0;
    }

    private static void requireText(String option, String value) {
        if (value == null || value.isBlank()) {
            throw new BadInputException(option + " must not be empty");
        }
    }

    /** One outcome as flat fields, so the words and the JSON say the same thing with the same keys. */
    record Report(String outcome, Pupil pupil, String mark, String register, long minutesLate, Instant arrivedAt,
                  Optional<ReasonGiven> reason, Optional<String> consequence, String message, String explanation,
                  Long arrivalId, boolean recorded, School school) {

        static Report of(SignInOutcome outcome, School school) {
            if (outcome instanceof SignInOutcome.Marked m) {
                Classification c = m.classification();
                return new Report("marked", m.pupil(), c.mark().id(), c.register().orElseThrow().name(),
                        c.minutesLate(), m.arrival().arrivedAt(), m.reason(), m.consequence(),
                        PupilWords.markInWords(c), c.explanation(), m.arrival().id(), true, school);
            }
            if (outcome instanceof SignInOutcome.AlreadySignedIn a) {
                RecordedArrival first = a.first();
                String explanation = a.earlierThanMark()
                        ? "Kept as a repeat: " + a.pupil().id() + " already has a mark for the "
                        + first.register().words() + " register from a later arrival, at "
                        + TimeWords.CLOCK_SECONDS.format(first.arrivedAt().atZone(school.zone()))
                        + ", and an earlier arrival changes the mark, so it must be recorded as an amendment."
                        : first.explanation();
                return new Report("already_signed_in", a.pupil(), first.mark().id(), first.register().name(),
                        first.minutesLate(), first.arrivedAt(), a.reasonAdded(), first.consequence(),
                        PupilWords.alreadySignedIn(first, school.zone()), explanation, first.id(),
                        !a.earlierThanMark(), school);
            }
            if (outcome instanceof SignInOutcome.NothingToMark n) {
                return new Report("nothing_to_mark", n.pupil(), "none", null, 0, null, Optional.empty(),
                        Optional.empty(), PupilWords.markInWords(n.classification()),
                        n.classification().explanation() + " Nothing was marked (the scan is kept for the office).",
                        null, false, school);
            }
            if (outcome instanceof SignInOutcome.SignedBackIn back) {
                return new Report("signed_back_in", back.pupil(), "none", null, 0, null, Optional.empty(),
                        Optional.empty(), PupilWords.welcomeBack(back.pupil().givenName()),
                        "Signed back in: out since " + TimeWords.CLOCK.format(back.signOut().at().atZone(school.zone()))
                                + " (" + back.signOut().reason() + "), so not marked late.", null, true, school);
            }
            if (outcome instanceof SignInOutcome.Refused r) {
                return new Report("refused", r.pupil(), "none", null, 0, null, Optional.empty(), Optional.empty(),
                        PupilWords.notSaved(), "Refused: " + r.why() + ".", null, false, school);
            }
            SignInOutcome.BadgeNotRecognised b = (SignInOutcome.BadgeNotRecognised) outcome;
            return new Report("badge_not_recognised", null, "none", null, 0, null, Optional.empty(), Optional.empty(),
                    b.words(), "Badge '" + b.badge() + "': " + b.why()
                    + "; nothing was marked (the scan is kept for the office).", null, false, school);
        }

        boolean reasonIgnored() {
            return reason.isEmpty();
        }

        String reasonIgnoredWhy() {
            return switch (outcome) {
                case "marked" -> "the pupil was on time";
                case "signed_back_in" -> "the pupil was signed back in, not marked late";
                case "already_signed_in" -> "the mark already held is not a late mark";
                default -> "nothing was marked";
            };
        }

        void printWords(PrintWriter out) {
            if (pupil != null) {
                out.println(pupil.givenName() + ", " + pupil.className());
            }
            out.println(message);
            if (outcome.equals("marked")) {
                consequence.ifPresent(out::println);
            }
            reason.ifPresent(r -> out.println("Reason: " + r.reason().label()
                    + (r.status() == ReasonStatus.CLAIMED ? " (the office will check this)" : "")
                    + (outcome.equals("already_signed_in") ? ", added to the mark" : "")));
            if (outcome.equals("marked")) {
                out.println("Saved: " + mark + ", " + (register.equals("AM") ? "morning" : "afternoon") + " register"
                        + (minutesLate > 0 || !mark.equals("on_time") ? ", " + minutesLate + " minutes late" : "")
                        + ", at " + TimeWords.CLOCK_SECONDS.format(arrivedAt.atZone(school.zone())) + ".");
                out.println(explanation);
            } else if (outcome.equals("already_signed_in")) {
                out.println("Nothing new was marked; the scan is kept as a repeat.");
            }
        }

        void printJson(PrintWriter out) {
            Json.printObject(out, g -> {
                g.writeStringField("outcome", outcome);
                Json.stringOrNull(g, "pupil_id", pupil == null ? null : pupil.id());
                Json.stringOrNull(g, "given_name", pupil == null ? null : pupil.givenName());
                Json.stringOrNull(g, "class", pupil == null ? null : pupil.className());
                g.writeStringField("mark", mark);
                Json.stringOrNull(g, "register", register);
                g.writeNumberField("minutes_late", minutesLate);
                Json.stringOrNull(g, "arrived_at", arrivedAt == null ? null
                        : TimeWords.INSTANT_WITH_OFFSET.format(arrivedAt.atZone(school.zone())));
                Json.stringOrNull(g, "reason", reason.map(r -> r.reason().key()).orElse(null));
                Json.stringOrNull(g, "reason_status", reason.map(r -> r.status().id()).orElse(null));
                Json.stringOrNull(g, "consequence", consequence.orElse(null));
                g.writeStringField("message", message);
                g.writeStringField("explanation", explanation);
                if (arrivalId == null) {
                    g.writeNullField("arrival_id");
                } else {
                    g.writeNumberField("arrival_id", arrivalId);
                }
            });
        }
    }
}
