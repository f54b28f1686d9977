package lategate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import lategate.contacts.ContactsFile;
import lategate.domain.pupil.AuthorisedAdult;
import lategate.domain.pupil.Pupil;
import lategate.domain.school.School;
import lategate.roster.RosterProblem;
import lategate.store.SqliteContacts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import lategate.wiring.SchoolServices;

@Command(name = "contacts", mixinStandardHelpOptions = true,
        description = {"The adults each pupil's family lists, and who may collect the pupil.",
                "A pupil leaves only with an adult who may collect them (your school's policy: "
                        + "collected from the office by a parent or another authorised adult)."},
        subcommands = {ContactsCommand.Import.class, ContactsCommand.List.class},
        footer = {"", "Examples:",
                "  lategate contacts import --school lategate-demo/demo.toml \\",
                "      --db lategate-demo/demo.db contacts.csv",
                "  lategate contacts list --school lategate-demo/demo.toml \\",
                "      --db lategate-demo/demo.db --pupil P1042"})
final class ContactsCommand {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import a contacts CSV, all or nothing: it replaces every pupil's contacts.",
                    "Columns: pupil_id, name, relationship, may_collect (yes/no, never blank), phone (needed "
                            + "when may_collect is yes; several numbers separated by ; each with a label in brackets, "
                            + "e.g. 07700 900125 (mobile); or columns phone_2, telephone, mobile, work_phone), and "
                            + "optionally parental_responsibility (yes/no) and do_not_release (yes: the pupil is never "
                            + "given to this adult). Every pupil must be on roll: import the roster first."},
            footer = {"", "Example:", "  lategate contacts import --school lategate-demo/demo.toml \\",
                    "      --db lategate-demo/demo.db contacts.csv"})
    static final class Import implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        SchoolDatabaseOptions school;

        @Parameters(paramLabel = "CONTACTS.CSV", description = "The contacts, UTF-8 CSV with a header line.")
        Path contacts;

        @Override
        public Integer call() throws Exception {
            School settings = school.loadSchool();
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Clock clock = Main.clockOf(spec);
            try (SchoolServices services = school.open(settings, clock)) {
                // Pupils are checked against the roll before anything is written, so a wrong id is
                // a line of the file, listed with the file's other problems.
                ContactsFile.Roll roll = ContactsFile.Roll.of(services.pupils().all());
                ContactsFile.Result result = ContactsFile.read(contacts, roll);
                if (result instanceof ContactsFile.Invalid invalid) {
                    for (RosterProblem problem : invalid.problems()) {
                        err.println(problem);
                    }
                    err.println("lategate: " + invalid.problems().size()
                            + (invalid.problems().size() == 1 ? " problem" : " problems")
                            + " in " + contacts + "; nothing was imported");
                    return 1;
                }
                ContactsFile.Valid valid = (ContactsFile.Valid) result;
                SqliteContacts.Imported imported = services.contacts().importContacts(valid.adults(),
                        clock.instant(), contacts.getFileName().toString(), valid.sha256());
                out.printf("Imported %s: %d %s for %d %s, %d of whom may collect; it replaces the %d listed "
                                + "before.%n", contacts.getFileName(), imported.adults(),
                        imported.adults() == 1 ? "adult" : "adults", imported.pupils(),
                        imported.pupils() == 1 ? "pupil" : "pupils", imported.mayCollect(), imported.replaced());
                long nobody = roll.onRoll().size() - valid.adults().stream().filter(AuthorisedAdult::mayCollect)
                        .map(AuthorisedAdult::pupilId).distinct().count();
                long doNotRelease = valid.adults().stream().filter(AuthorisedAdult::doNotRelease).count();
                if (doNotRelease > 0) {
                    out.println(doNotRelease + (doNotRelease == 1 ? " adult is" : " adults are") + " marked do not "
                            + "release: sign-out refuses them and shows the warning in full.");
                }
                if (nobody > 0) {
                    out.println(nobody + (nobody == 1 ? " pupil" : " pupils") + " on roll "
                            + (nobody == 1 ? "has" : "have") + " nobody who may collect them.");
                }
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the adults a pupil's family lists: whether each may collect the pupil or must never "
                    + "be given them, parental responsibility, and every phone with its label.",
            footer = {"", "Example:", "  lategate contacts list --school lategate-demo/demo.toml \\",
                    "      --db lategate-demo/demo.db --pupil P1042"})
    static final class List implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        SchoolDatabaseOptions school;

        @Option(names = "--pupil", required = true, paramLabel = PupilArgument.LABEL,
                description = PupilArgument.DESCRIPTION)
        String pupilId;

        @Override
        public Integer call() throws Exception {
            School settings = school.loadSchool();
            PrintWriter out = spec.commandLine().getOut();
            try (SchoolServices services = school.open(settings, Main.clockOf(spec))) {
                Pupil pupil = PupilArgument.anyone(services.pupils(), pupilId);
                java.util.List<AuthorisedAdult> adults = services.contacts().of(pupil.id());
                out.println(pupil.id() + " " + pupil.fullName() + " (" + pupil.className() + ")"
                        + pupil.leftOn().map(d -> ", left on " + d).orElse("") + ":");
                if (adults.isEmpty()) {
                    out.println("  no adults listed: nobody may collect this pupil until a contacts import "
                            + "lists someone.");
                }
                for (AuthorisedAdult a : adults) {
                    out.println("  " + inWords(a));
                }
            }
            return 0;
        }

        /**
         * One adult as the office reads them: whether they may collect (or must never be given the
         * pupil), parental responsibility where the file said, and every phone with its label.
         */
        static String inWords(AuthorisedAdult a) {
            String may = a.doNotRelease() ? "DO NOT RELEASE: never to be given the pupil"
                    : a.mayCollect() ? "may collect" : "may NOT collect";
            String pr = a.parentalResponsibility()
                    .map(yes -> yes ? "; parental responsibility" : "; no parental responsibility").orElse("");
            String phones = a.phones().isEmpty() ? "; no phone"
                    : (a.phones().size() == 1 ? "; phone " : "; phones ") + a.phonesInWords();
            return a.name() + " (" + a.relationship() + "): " + may + pr + phones;
        }
    }
}
