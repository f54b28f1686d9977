package lategate.cli;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import lategate.wiring.SchoolServices;
import lategate.app.movement.Movements;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.movement.Collection;
import lategate.domain.movement.Movement;
import lategate.domain.pupil.AuthorisedAdult;
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
                + "collect; anyone else needs --confirmed-by, the listed parent who confirmed by phone, and when."},
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
            description = "For a collector not on the list: the listed parent who confirmed by phone.")
    String confirmedBy;

    @Option(names = "--confirmed-at", paramLabel = "TIME",
            description = "When they confirmed; default when the pupil left (--at).")
    String confirmedAt;

    @Option(names = "--evidence-seen", description = "An appointment card or letter was seen.")
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
        try (SchoolServices services = school.open(settings, clock)) {
            Pupil who = PupilArgument.onRoll(services.pupils(), pupil);
            StaffMember member = staff.signIn(spec, services);
            Collection collection = collection(who.id(), services.contacts().of(who.id()), leftAt, settings);
            Movements movements = new Movements(settings.school(), services.pupils(),
                    services.movementLog(), clock);
            Movement.SignedOut out = movements.signOut(who.id(), leftAt, attendanceCode, reason.strip(), collection, evidenceSeen, back,
                    StaffOption.identity(member));
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
     * A parent confirms before the pupil leaves, so a confirmation given no time of its own is
     * taken as made when they left: for a sign-out written up afterwards, not the time of writing.
     */
    private Collection collection(String pupilId, List<AuthorisedAdult> contacts, Instant leftAt, Settings settings) {
        if (collectedBy.isBlank()) {
            throw new BadInputException("--collected-by must name who collected the pupil");
        }
        Optional<AuthorisedAdult> listed = contacts.stream()
                .filter(a -> a.name().equalsIgnoreCase(collectedBy.strip()) && a.mayCollect()).findFirst();
        if (listed.isPresent()) {
            return new Collection(listed.get().name(), listed.get().relationship(), true, Optional.empty());
        }
        if (confirmedBy == null || confirmedBy.isBlank()) {
            throw new BadInputException(collectedBy + " is not on " + pupilId + "'s list of adults who may collect"
                    + (contacts.isEmpty() ? " (the pupil has no contacts imported)" : "")
                    + ": phone a parent on the list, then give --confirmed-by NAME (and --confirmed-at) "
                    + "(" + settings.signOutCitation() + ": no pupil leaves without parental confirmation); nothing was "
                    + "recorded");
        }
        if (!contacts.isEmpty() && contacts.stream().noneMatch(a -> a.name().equalsIgnoreCase(confirmedBy.strip()))) {
            throw new BadInputException("--confirmed-by " + confirmedBy + " is not one of " + pupilId
                    + "'s contacts: a collection must be confirmed by a parent on the list");
        }
        if (relationship == null || relationship.isBlank()) {
            throw new BadInputException("--relationship must say how " + collectedBy + " is related to the pupil");
        }
        Instant confirmed = confirmedAt == null ? leftAt
                : SchoolTime.instant("--confirmed-at", confirmedAt, settings.school().zone());
        return new Collection(collectedBy.strip(), relationship.strip(), false,
                Optional.of(new Collection.PhoneConfirmation(confirmedBy.strip(), confirmed)));
    }
}
