package lategate.domain.lateness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lategate.domain.audit.StaffIdentity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The stage ladder of Oak Meadow §21 and Appendix 1, with an entry level of 3 late marks in a
 * block: Stage 1 when lateness reaches it, up one for "no improvement or a decline", down one with
 * a "+ive" letter for an improvement under the entry level, never past Stage 5.
 */
class PupilOnTheStageLadderAtBlockEndTest {

    private final StageLadder ladder = new StageLadder(3);
    private static final StaffIdentity LEAD = new StaffIdentity("Priya Shah", "Attendance lead");

    private StageProposal at(int stage, int previous, int now) {
        return ladder.propose(new StageFacts("P1", new Block(4), new Stage(stage), now, previous));
    }

    @Test
    @DisplayName("3 late marks in a block puts a pupil off the ladder on stage 1 (Oak Meadow Appendix 1, Stage 1)")
    void entryLevelReachedIsStageOne() {
        StageProposal p = at(0, 0, 3);
        assertEquals(new Stage(1), p.to());
        assertEquals("enters stage 1", p.rule());
        assertTrue(p.isRise());
        assertEquals("3 late marks in block 4 reaches the entry level of 3: stage 1 letter", p.explanation());
    }

    @Test
    @DisplayName("2 late marks, one under the entry level, proposes nothing for a pupil off the ladder")
    void underTheEntryLevelStaysOff() {
        assertEquals(Stage.NONE, at(0, 9, 2).to());
        assertFalse(at(0, 9, 2).isChange());
    }

    @Test
    @DisplayName("on stage 2, the same late marks again is no improvement: up to stage 3 (Appendix 1, Stage 3)")
    void noImprovementMovesUp() {
        StageProposal p = at(2, 4, 4);
        assertEquals(new Stage(3), p.to());
        assertEquals("no improvement or a decline", p.rule());
        assertEquals("4 late marks in block 4 against 4 in block 3 is no improvement: up from stage 2 to stage 3",
                p.explanation());
    }

    @Test
    @DisplayName("on stage 1, more late marks than last block is a decline: up to stage 2")
    void declineMovesUp() {
        assertEquals(new Stage(2), at(1, 3, 6).to());
        assertTrue(at(1, 3, 6).explanation().contains("is a decline"));
    }

    @Test
    @DisplayName("on stage 5, no improvement keeps the pupil on stage 5, the highest")
    void neverPastFive() {
        StageProposal p = at(5, 5, 7);
        assertEquals(new Stage(5), p.to());
        assertFalse(p.isChange());
        assertTrue(p.explanation().endsWith("stays at stage 5, the highest"), p.explanation());
    }

    @Test
    @DisplayName("on stage 3, an improvement to under the entry level moves down to stage 2 with a positive letter (+ive)")
    void improvementUnderTheEntryLevelMovesDown() {
        StageProposal p = at(3, 5, 1);
        assertEquals(new Stage(2), p.to());
        assertTrue(p.isFall());
        assertEquals("improved below the entry level", p.rule());
        assertTrue(p.basis().contains("positive letter"), p.basis());
    }

    @Test
    @DisplayName("on stage 1, a block with no late marks after one with none is still under the entry level: down to no stage")
    void stayingUnderTheEntryLevelMovesDown() {
        assertEquals(Stage.NONE, at(1, 0, 0).to());
    }

    @Test
    @DisplayName("on stage 2, fewer late marks but still at the entry level holds the pupil on stage 2")
    void improvingButStillOverHolds() {
        StageProposal p = at(2, 6, 3);
        assertEquals(new Stage(2), p.to());
        assertEquals("improving but still over the entry level", p.rule());
    }

    @Test
    @DisplayName("on stage 2, going from 0 to 2 late marks is worse but under the entry level: held on stage 2")
    void worseButUnderHolds() {
        StageProposal p = at(2, 0, 2);
        assertEquals(new Stage(2), p.to());
        assertEquals("worse but under the entry level", p.rule());
    }

    @Test
    @DisplayName("every rule says it is the school's stage ladder, naming no one school")
    void everyRuleCitesThePolicy() {
        for (StageRule rule : StageLadder.rules()) {
            assertTrue(rule.basis().startsWith("the school's stage ladder"), rule.name() + ": " + rule.basis());
        }
    }

    @Test
    @DisplayName("a pupil climbs from stage 1 to 5 and back down over nine blocks, moving only on the lead's decisions")
    void upAndDownTheLadder() {
        // late marks per block, hand-chosen: 3 enters; 3, 4, 5, 6 no improvement or decline (up to 5);
        // 7 stays at 5; then 1, 0, 0 under the entry level and no worse: down 4, 3, 2.
        int[] marks = {3, 3, 4, 5, 6, 7, 1, 0, 0};
        int[] expected = {1, 2, 3, 4, 5, 5, 4, 3, 2};
        List<StageDecision> decisions = new ArrayList<>();
        for (int b = 1; b <= marks.length; b++) {
            Block block = new Block(b);
            Map<String, Integer> previous = b == 1 ? Map.of() : Map.of("P1", marks[b - 2]);
            List<StageProposal> proposals = ladder.proposals(block, Map.of("P1", marks[b - 1]), previous,
                    new StageHistory(decisions));
            assertEquals(1, proposals.size(), "block " + b);
            StageProposal p = proposals.get(0);
            assertEquals(new Stage(expected[b - 1]), p.to(), "block " + b + ": " + p.explanation());
            decisions.add(new StageDecision("P1", block, p.from(), p.to(), p.to(), StageDecision.Kind.CONFIRMED, LEAD,
                    Optional.empty(), Instant.parse("2026-09-01T00:00:00Z").plusSeconds(86_400L * 28 * b)));
        }
    }

    @Test
    @DisplayName("an unconfirmed rise changes nothing: the next block starts from the last decided stage")
    void unconfirmedProposalsChangeNothing() {
        StageHistory none = new StageHistory(List.of());
        assertEquals(Stage.NONE, none.before("P1", new Block(3)));
        List<StageProposal> proposals = ladder.proposals(new Block(3), Map.of("P1", 5), Map.of("P1", 4), none);
        assertEquals(new Stage(1), proposals.get(0).to(), "off the ladder until a decision: stage 1, not stage 2");
    }

    @Test
    @DisplayName("an override keeps who, why and the stage proposed; a correction on the same block replaces it")
    void overridesAndCorrections() {
        Instant t = Instant.parse("2026-10-02T15:00:00Z");
        StageDecision confirmed = new StageDecision("P1", new Block(1), Stage.NONE, new Stage(1), new Stage(1),
                StageDecision.Kind.CONFIRMED, LEAD, Optional.empty(), t);
        StageDecision corrected = new StageDecision("P1", new Block(1), Stage.NONE, new Stage(1), Stage.NONE,
                StageDecision.Kind.OVERRIDDEN, LEAD, Optional.of("marks were a bus delay, amended"), t.plusSeconds(60));
        StageHistory history = new StageHistory(List.of(corrected, confirmed));
        assertEquals(Stage.NONE, history.before("P1", new Block(2)));
        assertEquals(Optional.of(corrected), history.decisionOn("P1", new Block(1)));
        assertEquals(2, history.of("P1").size());
        assertThrows(IllegalArgumentException.class, () -> new StageDecision("P1", new Block(1), Stage.NONE,
                new Stage(1), new Stage(2), StageDecision.Kind.OVERRIDDEN, LEAD, Optional.of(" "), t));
        assertThrows(IllegalArgumentException.class, () -> new StageDecision("P1", new Block(1), Stage.NONE,
                new Stage(1), new Stage(2), StageDecision.Kind.CONFIRMED, LEAD, Optional.empty(), t));
    }
}
