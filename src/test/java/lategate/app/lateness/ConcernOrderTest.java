package lategate.app.lateness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import lategate.domain.lateness.Block;
import lategate.domain.lateness.BlockTally;
import lategate.domain.lateness.ThresholdStanding;
import lategate.domain.lateness.ThresholdStanding.Level;
import lategate.domain.pupil.Characteristics;
import lategate.domain.pupil.Pupil;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The block table's order of concern (issue 6: threshold reached, stage rises, biggest change). */
class ConcernOrderTest {

    private static BlockRow row(String id, int change, Level... levels) {
        List<ThresholdStanding> standings = new ArrayList<>();
        String[] thresholds = {"penalty_notice", "persistent_late"};
        for (int i = 0; i < levels.length; i++) {
            standings.add(new ThresholdStanding(thresholds[i], id, levels[i], 9, 10, 1, 10, List.of(), "words"));
        }
        return new BlockRow(new Pupil(id, "Given", "Family", "4", "4B", "B" + id, Characteristics.NONE,
                Optional.empty()), new BlockTally(new Block(3), id, 2, 2, 40, OptionalInt.of(change)), List.of(1, 2, 4),
                Optional.empty(), Optional.empty(), Optional.empty(), standings);
    }

    @Test
    @DisplayName("a pupil who reached one threshold and approaches another ranks with the reached, by change")
    void reachedOutranksApproachingWhateverElse() {
        List<BlockRow> rows = new ArrayList<>(List.of(
                row("approaching-only", 9, Level.APPROACHING),
                row("reached-and-approaching", -7, Level.APPROACHING, Level.REACHED),
                row("reached", 8, Level.REACHED),
                row("nothing", 12)));
        rows.sort(LatenessReview.BY_CONCERN);
        assertEquals(List.of("reached", "reached-and-approaching", "approaching-only", "nothing"),
                rows.stream().map(r -> r.pupil().id()).toList());
    }
}
