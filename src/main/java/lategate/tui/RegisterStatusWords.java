package lategate.tui;

import java.time.Instant;
import java.time.LocalTime;
import lategate.domain.register.Classification;
import lategate.domain.register.Mark;
import lategate.domain.register.RegisterWindow;
import lategate.domain.school.School;

/** The register's state right now in plain words, for the idle screen. */
final class RegisterStatusWords {

    private RegisterStatusWords() {
    }

    /** Whether a register can be signed in to now: not on a closed day, nor once the school day is over. */
    static boolean open(School school, Instant now) {
        return school.registerRules().classify(now).mark() != Mark.NONE;
    }

    static String at(School school, Instant now) {
        Classification c = school.registerRules().classify(now);
        if (c.mark() == Mark.NONE) {
            return school.calendar().isSchoolDay(c.schoolDate())
                    ? "The school day has ended: there is nothing to sign in to now."
                    : "School closed today: there is nothing to sign in to.";
        }
        RegisterWindow window = school.timetable().window(c.register().orElseThrow());
        String name = window.register() == lategate.domain.register.Register.AM ? "Morning" : "Afternoon";
        LocalTime uFrom = window.closes().plus(school.timetable().graceAfterClose());
        return switch (c.mark()) {
            case ON_TIME -> name + " register is taken at " + window.taken() + ": come in now to be on time";
            case L -> name + " register open: arrivals now are late (L) until " + uFrom;
            case U -> name + " register closed: arrivals now are marked U";
            case NONE -> "School closed today";
        };
    }
}
