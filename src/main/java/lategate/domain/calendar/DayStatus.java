package lategate.domain.calendar;

import java.time.LocalDate;

/** What the calendar says about one date, with the reason a closed day is closed. */
public sealed interface DayStatus {

    LocalDate date();

    default boolean isSchoolDay() {
        return this instanceof SchoolDay;
    }

    /** Words for why the school is closed, e.g. "weekend" or "INSET day: Staff training". */
    String describe();

    record SchoolDay(LocalDate date, Term term) implements DayStatus {
        @Override
        public String describe() {
            return "a school day in the " + term.name();
        }
    }

    record Weekend(LocalDate date) implements DayStatus {
        @Override
        public String describe() {
            return "weekend";
        }
    }

    record Closed(LocalDate date, Closure closure) implements DayStatus {
        @Override
        public String describe() {
            return closure.kind().words() + ": " + closure.name();
        }
    }

    record OutsideTerm(LocalDate date) implements DayStatus {
        @Override
        public String describe() {
            return BankHolidays.on(date).map(name -> name + ", a bank holiday, in the school holiday outside term time")
                    .orElse("school holiday, outside term time");
        }
    }

    record OutsideAcademicYear(LocalDate date) implements DayStatus {
        @Override
        public String describe() {
            return "outside the academic year";
        }
    }
}
