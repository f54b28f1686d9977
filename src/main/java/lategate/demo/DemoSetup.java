package lategate.demo;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import lategate.demo.DemoSchool;
import lategate.roster.RosterFile;
import lategate.roster.RosterProblem;
import lategate.settings.SchoolSettings;
import lategate.settings.Settings;
import lategate.store.Database;
import lategate.store.SqlitePupils;
import lategate.store.SqliteContacts;
import lategate.store.SqliteStaff;
import lategate.contacts.ContactsFile;
import lategate.app.staff.StaffAccount;
import lategate.app.staff.StaffAdministration;
import lategate.domain.staff.Role;
import lategate.domain.staff.StaffMember;
import lategate.wiring.BadInputException;

/** The demo school's folder made ready: settings, roster and a database with the roster in it. */
public final class DemoSetup {

    private DemoSetup() {
    }

    /** Makes what is missing and imports the roster on first use; returns whether anything was made. */
    public static boolean prepare(DemoSchool demo, Clock clock) throws Exception {
        boolean fresh = demo.prepare();
        Settings settings = SchoolSettings.read(demo.settings());
        try (Database database = Database.create(demo.database())) {
            database.belongsTo(settings.school().id());
            SqlitePupils pupils = new SqlitePupils(database);
            if (pupils.all().isEmpty()) {
                RosterFile.Result roster = RosterFile.read(demo.roster());
                if (roster instanceof RosterFile.Invalid invalid) {
                    throw new BadInputException("the demo roster " + demo.roster() + " has problems: "
                            + invalid.problems().stream().map(RosterProblem::toString).toList());
                }
                RosterFile.Valid valid = (RosterFile.Valid) roster;
                pupils.importRoster(valid.pupils(), clock.instant().atZone(settings.school().zone()).toLocalDate(),
                        clock.instant(), demo.roster().getFileName().toString(), valid.sha256());
                fresh = true;
            }
            if (new SqliteContacts(database).of("D0001").isEmpty()) {
                ContactsFile.Result contacts = ContactsFile.read(demo.contacts(), ContactsFile.Roll.of(pupils.all()));
                if (contacts instanceof ContactsFile.Invalid invalid) {
                    throw new BadInputException("the demo contacts " + demo.contacts() + " have problems: "
                            + invalid.problems().stream().map(RosterProblem::toString).toList());
                }
                ContactsFile.Valid valid = (ContactsFile.Valid) contacts;
                new SqliteContacts(database).importContacts(valid.adults(), clock.instant(),
                        demo.contacts().getFileName().toString(), valid.sha256());
            }
            SqliteStaff accounts = new SqliteStaff(database);
            StaffAdministration staff = new StaffAdministration(accounts, settings.staff().lockoutRule());
            if (accounts.none()) {
                StaffMember head = staff.addFirstAdministrator(new StaffMember("head", "Sam Head", "Head of School",
                        Role.ADMINISTRATOR, false), DemoSchool.STAFF_PIN.toCharArray(), clock.instant());
                staff.add(head, new StaffMember("office", "Pat Reed", "Receptionist", Role.RECEPTIONIST, false),
                        DemoSchool.STAFF_PIN.toCharArray(), clock.instant());
            }
            // A demo folder made before the lateness review had no attendance lead: it gets one too, so
            // the README's "F2, lead, 1234" works on it; added by the demo's head while that account stands.
            Optional<StaffMember> head = accounts.find("head").map(StaffAccount::member)
                    .filter(m -> m.role() == Role.ADMINISTRATOR && !m.disabled());
            if (accounts.find("lead").isEmpty() && head.isPresent()) {
                staff.add(head.get(), new StaffMember("lead", "Ann Lowe", "Attendance Lead", Role.ATTENDANCE_LEAD,
                        false), DemoSchool.STAFF_PIN.toCharArray(), clock.instant());
            }
        }
        return fresh;
    }

}
