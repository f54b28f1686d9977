package lategate.badinput;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import lategate.contacts.ContactsFile;
import lategate.roster.RosterFile;
import lategate.roster.RosterProblem;
import lategate.settings.InvalidSettingsException;
import lategate.settings.SchoolSettings;
import lategate.settings.SettingsProblem;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Damaged settings, roster and contacts files: whatever the damage, reading gives the data or
 * a list of problems, each naming the file and line, and never an exception of any other kind
 * (which the command line would report as an internal error, exit 70).
 */
class FileInputProperties {

    private static final String ROSTER = "pupil_id,given_name,family_name,year,class,badge,send,fsm\n"
            + "D0001,Ada,Lovelace,5,5B,DEMO0001,yes,no\n"
            + "D0002,Zoë,O'Brien,6,6A,demo0002,,yes\n"
            + "D0003,\"Smith, Jr\",Jones,R,RB,DEMO0003,no,no\n";
    private static final String CONTACTS = "pupil_id,name,relationship,may_collect,phone\n"
            + "D0001,Sarah Lovelace,mother,yes,07700 900123\n"
            + "D0001,Tom Lovelace,grandfather,no,\n"
            + "D0002,\"O'Brien, Mary\",mother,yes,+44 (0)7700-900124\n";

    @Provide
    Arbitrary<Damaged> settingsFiles() throws Exception {
        List<Path> files;
        try (Stream<Path> all = Files.list(Path.of("config/schools"))) {
            files = all.filter(f -> f.toString().endsWith(".toml")).sorted().toList();
        }
        return Arbitraries.of(files).flatMap(file -> {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                return Mutations.of(text).map(bytes -> new Damaged(file, bytes));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    record Damaged(Path file, byte[] bytes) {
        @Override
        public String toString() {
            return file + ":\n" + new String(bytes, StandardCharsets.UTF_8);
        }
    }

    @Property(tries = 200)
    void aDamagedSettingsFileLoadsOrListsItsProblems(@ForAll("settingsFiles") Damaged damaged) {
        try {
            SchoolSettings.read(new String(damaged.bytes(), StandardCharsets.UTF_8), damaged.file());
        } catch (InvalidSettingsException e) {
            assertFalse(e.problems().isEmpty(), "refused with no problem named");
            for (SettingsProblem problem : e.problems()) {
                assertTrue(problem.toString().startsWith(damaged.file() + ":"), problem.toString());
            }
        }
    }

    @Provide
    Arbitrary<byte[]> rosters() {
        return Mutations.of(ROSTER);
    }

    @Property(tries = 200)
    void aDamagedRosterReadsOrListsItsProblems(@ForAll("rosters") byte[] bytes) {
        RosterFile.Result result = RosterFile.read("roster.csv", bytes);
        if (result instanceof RosterFile.Invalid invalid) {
            assertProblems(invalid.problems(), "roster.csv");
        }
    }

    @Provide
    Arbitrary<byte[]> contactLists() {
        return Mutations.of(CONTACTS);
    }

    @Property(tries = 200)
    void aDamagedContactsListReadsOrListsItsProblems(@ForAll("contactLists") byte[] bytes) {
        ContactsFile.Result result = ContactsFile.read("contacts.csv", bytes,
                new ContactsFile.Roll(Set.of("D0001", "D0002", "D0003"), Set.of("D0009")));
        if (result instanceof ContactsFile.Invalid invalid) {
            assertProblems(invalid.problems(), "contacts.csv");
        }
    }

    private static void assertProblems(List<RosterProblem> problems, String name) {
        assertFalse(problems.isEmpty(), "refused with no problem named");
        for (RosterProblem problem : problems) {
            assertTrue(problem.toString().startsWith(name), problem.toString());
            assertFalse(problem.message().isBlank(), problem.toString());
        }
    }

}
