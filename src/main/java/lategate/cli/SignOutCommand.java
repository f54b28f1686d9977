package lategate.cli;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import lategate.wiring.SchoolServices;
import lategate.app.movement.Movements;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.movement.Collection;
import lategate.domain.movement.CollectionRule;
import lategate.domain.movement.Movement;
import lategate.domain.pupil.Pupil;
import lategate.domain.register.TimeWords;
import lategate.domain.staff.StaffMember;
import lategate.settings.SchoolSettings;
import lategate.settings.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import lategate.wiring.BadInputException;

@Command(name = "sign-out", mixinStandardHelpOptions = true,
        description = {"Sign a pupil out at the office (your school's policy): the reason and its code "
                + "(M medical or dental, I illness, C other leave), who collected them, whether evidence was seen, "
                + "and when they are expected back. The collector must be on the pupil's contacts as someone who may "
                + "collect; anyone else needs --confirmed-by, a listed adult who may collect who confirmed by phone, "
                + "and when. An adult listed as may not collect never collects and never confirms, and the collector "
                + "never confirms themself: names match whatever their case, spaces or accents. Where the school's "
                + "settings say M needs evidence ([amendments] m_needs_evidence), M needs --evidence-seen."},
        footer = {"", "Example:",
                "  lategate sign-out --school lategate-demo/demo.toml \\",
                "      --db lategate-demo/demo.db --staff pat --pupil \"Oscar Begum\" \\",
                "      --code M --reason \"dentist\" --collected-by \"Sarah Jones\" \\",
                "      --evidence-seen --expected-back 2026-11-23T14:00:00"})
final class SignOutCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SchoolDatabaseOptions school;

    @Mixin
    StaffOption staff;

    @Option(names = "--pupil", required = true, paramLabel = PupilArgument.LABEL,
            description = PupilArgument.DESCRIPTION)
    String pupil;

    @Option(names = "--code", required = true, paramLabel = "CODE",
            description = "The code a register taken while the pupil is out gets: M, I or C.")
    String code;

    @Option(names = "--reason", required = true, paramLabel = "TEXT")
    String reason;

    @Option(names = "--collected-by", required = true, paramLabel = "NAME")
    String collectedBy;

    @Option(names = "--relationship", paramLabel = "WORDS",
            description = "How the collector is related to the pupil (taken from the contacts when listed).")
    String relationship;

    @Option(names = "--confirmed-by", paramLabel = "NAME",
            description = "For a collector not on the list: the adult listed as may collect who confirmed by phone "
                    + "(never the collector, never one listed as may not collect).")
    String confirmedBy;

    @Option(names = "--confirmed-at", paramLabel = "TIME",
            description = "When they confirmed; default when the pupil left (--at).")
    String confirmedAt;

    @Option(names = "--evidence-seen", description = "An appointment card or letter was seen (M needs it where the "
            + "school's settings say so).")
    boolean evidenceSeen;

    @Option(names = "--expected-back", paramLabel = "TIME", description = "When the pupil is expected back.")
    String expectedBack;

    @Option(names = "--at", paramLabel = "TIME", description = "When the pupil left; default now.")
    String at;

    @Override
    public Integer call() throws Exception {
        Settings settings = SchoolSettings.read(school.school.file);
        Clock clock = Main.clockOf(spec);
        Instant now = clock.instant();
        Instant leftAt = SchoolTime.instantOr("--at", at, now, settings.school().zone());
        AttendanceCode attendanceCode = AttendanceCode.fromCode(code.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new BadInputException("--code '" + code + "' is not a national attendance code; "
                        + "use M, I or C"));
        Optional<Instant> back = Optional.ofNullable(expectedBack)
                .map(t -> SchoolTime.instant("--expected-back", t, settings.school().zone()));
        if (collectedBy.isBlank()) {
            throw new BadInputException("--collected-by must name who collected the pupil");
        }
        // A parent confirms before the pupil leaves, so a confirmation given no time of its own is
        // taken as made when they left: for a sign-out written up afterwards, not the time of writing.
        Instant confirmed = confirmedAt == null ? leftAt
                : SchoolTime.instant("--confirmed-at", confirmedAt, settings.school().zone());
        CollectionRule.Request request = new CollectionRule.Request(collectedBy, relationship == null ? ""
                : relationship, Optional.ofNullable(confirmedBy), confirmed);
        try (SchoolServices services = school.open(settings, clock)) {
            Pupil who = PupilArgument.onRoll(services.pupils(), pupil);
            Movements movements = services.movements();
            refusedBeforeThePin(movements, who, request, attendanceCode);
            StaffMember member = staff.signIn(spec, services);
            Movement.SignedOut out = movements.signOut(who.id(), leftAt, attendanceCode, reason.strip(), request,
                    evidenceSeen, back, StaffOption.identity(member));
            Collection collection = out.collection();
            spec.commandLine().getOut().println("Signed out " + PupilArgument.named(who) + " at "
                    + TimeWords.CLOCK.format(out.at().atZone(settings.school().zone())) + " (" + out.code().code()
                    + "), collected by " + collection.collectorName() + " (" + collection.relationship() + ")"
                    + (collection.onTheList() ? "" : ", confirmed by phone by "
                    + collection.phoneConfirmation().orElseThrow().parentName())
                    + back.map(t -> "; expected back " + TimeWords.CLOCK.format(t.atZone(settings.school().zone())))
                    .orElse("") + "; recorded by " + member.nameAndPosition() + ".");
        }
        return 0;
    }

    /**
     * The school's rules on who may collect and on M's evidence, asked before the PIN (the same
     * rules the sign-out goes through), so a refusal costs no PIN attempt and says which option
     * to give.
     */
    private void refusedBeforeThePin(Movements movements, Pupil who, CollectionRule.Request request,
                                     AttendanceCode attendanceCode) {
        CollectionRule.Outcome outcome = movements.collectionRule().decide(movements.listed(who), request);
        if (outcome instanceof CollectionRule.Refused refused) {
            String option = switch (refused.missing()) {
                case CONFIRMATION -> ": phone them, then give --confirmed-by NAME (and --confirmed-at TIME)";
                case RELATIONSHIP -> ": give --relationship WORDS";
                case NOTHING -> "";
            };
            throw new BadInputException(refused.why() + option + "; nothing was recorded");
        }
        movements.medicalEvidence().refusal(attendanceCode, evidenceSeen).ifPresent(why -> {
            throw new BadInputException(why + ": give --evidence-seen once it has been, or sign out with another "
                    + "code and amend to M with --evidence when it is; nothing was recorded");
        });
    }
}
