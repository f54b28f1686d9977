package lategate.store;

import java.util.List;

/** What a roster import changed. Leavers are kept with their history; their badges stop working. */
public record RosterChanges(int added, int updated, int unchanged, int rejoined, List<String> leavers) {
}
