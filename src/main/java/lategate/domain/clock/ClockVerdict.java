package lategate.domain.clock;

import java.util.Objects;

/** Whether the kiosk may classify arrivals by its clock, and if not, which rule says why. */
public sealed interface ClockVerdict {

    /** No rule questions the clock. */
    record Plausible() implements ClockVerdict {
    }

    /** The clock is in question: arrivals are held until staff confirm or correct it. */
    record Questioned(ClockRule rule, String why) implements ClockVerdict {

        public Questioned {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(why, "why");
        }

        /** The rule's name and its sentence, for the log and for staff. */
        public String explanation() {
            return rule.name() + ": " + why;
        }
    }
}
