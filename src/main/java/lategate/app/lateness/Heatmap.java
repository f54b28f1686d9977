package lategate.app.lateness;

import java.util.List;

/**
 * Late marks by day of the week (Monday to Friday) and school week, for seeing patterns such as
 * Monday mornings or a week when the bus ran late.
 *
 * @param counts {@code counts.get(week - firstWeek).get(dayOfWeek - 1)}
 */
public record Heatmap(int firstWeek, int lastWeek, List<List<Integer>> counts) {

    public Heatmap {
        counts = counts.stream().map(List::copyOf).toList();
    }

    public int at(int week, int dayOfWeek) {
        return counts.get(week - firstWeek).get(dayOfWeek - 1);
    }

    public int highest() {
        return counts.stream().flatMap(List::stream).mapToInt(Integer::intValue).max().orElse(0);
    }

    public int totalForDay(int dayOfWeek) {
        return counts.stream().mapToInt(w -> w.get(dayOfWeek - 1)).sum();
    }
}
