package lategate.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The fixed-width instants the database holds read back exactly, by the quick reader and the general one alike. */
class InstantTextTest {

    @Property(tries = 2000)
    void anInstantWrittenReadsBackTheSame(@ForAll @LongRange(min = 0, max = 253_402_300_799L) long seconds,
                                          @ForAll @LongRange(min = 0, max = 999_999_999) long nanos) {
        Instant instant = Instant.ofEpochSecond(seconds, nanos);
        assertEquals(instant, InstantText.parse(InstantText.of(instant)));
    }

    @Test
    @DisplayName("text in another ISO-8601 shape (an older row, another tool) is still read")
    void otherShapesAreReadByTheGeneralParser() {
        assertEquals(Instant.parse("2026-11-23T09:20:00Z"), InstantText.parse("2026-11-23T09:20:00Z"));
        assertEquals(Instant.parse("2026-11-23T09:20:00.5Z"), InstantText.parse("2026-11-23T09:20:00.5Z"));
    }
}
