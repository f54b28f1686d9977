package lategate.sync.hub;

import static lategate.EqualByParts.equalByEveryPart;

import java.time.LocalDate;
import java.util.List;
import lategate.domain.lateness.LateCounts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The questions a trust's report asks the hub are map keys: one read answers every report that
 * asks the same question, and a different question is never answered by another's rows. Their
 * equals and hashCode are written out (docs/architecture.md, "Where a report's time goes, cold"),
 * so they are pinned to every part here.
 */
class QuestionsToTheHubEqualByTheirPartsTest {

    private static final LocalDate MON = LocalDate.of(2026, 3, 2);

    @Test
    @DisplayName("a school's late counts are the same question only for the same school and the same spans")
    void lateCounts() {
        List<LateCounts.Span> spans = List.of(new LateCounts.Span(9, MON, MON.plusDays(25)),
                new LateCounts.Span(10, MON.plusDays(28), MON.plusDays(53)));
        equalByEveryPart(() -> new HubTrustReads.LateCountsAsk("elm", List.copyOf(spans)), List.of(
                        new HubTrustReads.LateCountsAsk("oak", spans),
                        new HubTrustReads.LateCountsAsk("elm", spans.subList(0, 1)),
                        new HubTrustReads.LateCountsAsk("elm", List.of(spans.get(0),
                                new LateCounts.Span(10, MON.plusDays(28), MON.plusDays(52))))));
    }

    @Test
    @DisplayName("a school's unauthorised sessions are the same question only for the same school, window and count")
    void unauthorised() {
        equalByEveryPart(() -> new HubTrustReads.UnauthorisedAsk("elm", MON, MON.plusDays(69), 10), List.of(
                        new HubTrustReads.UnauthorisedAsk("oak", MON, MON.plusDays(69), 10),
                        new HubTrustReads.UnauthorisedAsk("elm", MON.plusDays(1), MON.plusDays(69), 10),
                        new HubTrustReads.UnauthorisedAsk("elm", MON, MON.plusDays(70), 10),
                        new HubTrustReads.UnauthorisedAsk("elm", MON, MON.plusDays(69), 9)));
    }
}
