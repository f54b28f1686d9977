package lategate.output;

import java.util.List;

/** Small text layouts for terminal reports. */
public final class Text {

    private static final char[] BARS = {' ', '▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'};

    private Text() {
    }

    /** The text cut to {@code width} with an ellipsis when it is longer. */
    public static String fit(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }

    /** One bar per value, scaled to the highest; the last {@code width} values if there are more. */
    public static String sparkline(List<Integer> values, int width) {
        List<Integer> shown = values.size() > width ? values.subList(values.size() - width, values.size()) : values;
        int highest = shown.stream().mapToInt(Integer::intValue).max().orElse(0);
        StringBuilder line = new StringBuilder();
        for (int v : shown) {
            line.append(highest == 0 || v == 0 ? '·' : BARS[Math.max(1, (int) Math.round(8.0 * v / highest))]);
        }
        return line.toString();
    }
}
