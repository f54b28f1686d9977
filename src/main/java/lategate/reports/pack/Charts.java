package lategate.reports.pack;

import java.util.List;
import java.util.Locale;
import lategate.app.lateness.Heatmap;
import lategate.domain.lateness.Block;

/**
 * The pack's charts as inline SVG: drawn as page content, so they print without the browser's
 * "background graphics" and need no script, font or file beside the page. Every chart has a
 * title with its figures in words, for a screen reader and for anyone printing in grey.
 */
final class Charts {

    static final String INK = "#1f2933";
    static final String MUTED = "#7b8794";
    static final String ACCENT = "#b44d12";
    static final String PALE = "#d9cfc7";
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri"};

    private Charts() {
    }

    /** Late marks per block, the last (this pack's block) in the accent colour, with its value on every bar. */
    static String blocks(List<Integer> marks, String title) {
        return blocks(marks, title, Integer::toString);
    }

    /** As above, each bar's value written by {@code label} (an anonymised pack writes 1 and 2 as "<3"). */
    static String blocks(List<Integer> marks, String title, java.util.function.IntFunction<String> label) {
        int n = marks.size();
        int width = 640;
        int height = 230;
        int left = 44;
        int right = 12;
        int top = 18;
        int bottom = 40;
        int plotW = width - left - right;
        int plotH = height - top - bottom;
        int highest = marks.stream().mapToInt(Integer::intValue).max().orElse(0);
        int step = niceStep(highest);
        int axisTop = Math.max(step, (highest + step - 1) / step * step);
        StringBuilder s = open(width, height, title);
        for (int tick = 0; tick <= axisTop; tick += step) {
            double y = top + plotH - (double) plotH * tick / axisTop;
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\" "
                    + "stroke-width=\"%s\"/>", left, y, width - right, y, tick == 0 ? INK : "#e4e7eb",
                    tick == 0 ? "1" : "0.7"));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\" "
                    + "fill=\"%s\">%d</text>", left - 6, y + 4, MUTED, tick));
        }
        double slot = (double) plotW / Math.max(1, n);
        double barW = Math.min(48, slot * 0.62);
        for (int i = 0; i < n; i++) {
            int v = marks.get(i);
            double h = (double) plotH * v / axisTop;
            double x = left + slot * i + (slot - barW) / 2;
            double y = top + plotH - h;
            boolean current = i == n - 1;
            s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                    + "fill=\"%s\"/>", x, y, barW, h, current ? ACCENT : PALE));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" text-anchor=\"middle\" "
                    + "fill=\"%s\"%s>%s</text>", x + barW / 2, y - 5, INK, current ? " font-weight=\"bold\"" : "",
                    Html.escape(label.apply(v))));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" "
                    + "fill=\"%s\">%d</text>", x + barW / 2, top + plotH + 16, current ? INK : MUTED, i + 1));
        }
        s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" "
                + "fill=\"%s\">block</text>", left + plotW / 2.0, height - 6, MUTED));
        return s.append("</svg>").toString();
    }

    /**
     * Late marks by weekday (rows) and school week (columns), darker for more, with the count in
     * each cell that has any; the pack's block is outlined, with its weekday totals at the right.
     */
    static String heatmap(Heatmap map, Block block, String title) {
        return heatmap(map, block, title, Integer::toString);
    }

    /** As above, each count written by {@code label} (an anonymised pack writes 1 and 2 as "<3"). */
    static String heatmap(Heatmap map, Block block, String title, java.util.function.IntFunction<String> label) {
        int weeks = map.lastWeek() - map.firstWeek() + 1;
        int cell = 22;
        int gap = 2;
        int left = 40;
        int top = 34;
        int gridW = weeks * (cell + gap);
        int totalsX = left + gridW + 14;
        int width = totalsX + 56;
        int height = top + 5 * (cell + gap) + 8;
        int highest = Math.max(1, map.highest());
        StringBuilder s = open(width, height, title);
        for (int w = 0; w < weeks; w++) {
            int week = map.firstWeek() + w;
            double cx = left + w * (cell + gap) + cell / 2.0;
            if ((week - 1) % Block.WEEKS == 0) {
                Block b = Block.ofWeek(week);
                s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"11\" font-size=\"10\" fill=\"%s\"%s>block %d"
                        + "</text>", left + w * (cell + gap), b.equals(block) ? INK : MUTED,
                        b.equals(block) ? " font-weight=\"bold\"" : "", b.number()));
            }
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\" "
                    + "fill=\"%s\">%d</text>", cx, top - 6, MUTED, week));
        }
        for (int d = 1; d <= 5; d++) {
            int y = top + (d - 1) * (cell + gap);
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\" "
                    + "fill=\"%s\">%s</text>", left - 6, y + 15, INK, DAYS[d - 1]));
            int blockTotal = 0;
            for (int w = 0; w < weeks; w++) {
                int week = map.firstWeek() + w;
                int v = map.at(week, d);
                if (Block.ofWeek(week).equals(block)) {
                    blockTotal += v;
                }
                double t = (double) v / highest;
                int x = left + w * (cell + gap);
                s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>",
                        x, y, cell, cell, v == 0 ? "#f1f3f5" : shade(t)));
                if (v > 0) {
                    s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" "
                            + "text-anchor=\"middle\" fill=\"%s\">%s</text>", x + cell / 2.0, y + 15,
                            t > 0.55 ? "#ffffff" : INK, Html.escape(label.apply(v))));
                }
            }
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" font-weight=\"bold\" "
                    + "fill=\"%s\">%s</text>", totalsX, y + 15, INK, Html.escape(label.apply(blockTotal))));
        }
        int firstInBlock = Math.max(block.firstWeek(), map.firstWeek()) - map.firstWeek();
        int lastInBlock = Math.min(block.lastWeek(), map.lastWeek()) - map.firstWeek();
        if (firstInBlock <= lastInBlock) {
            s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%d\" fill=\"none\" "
                    + "stroke=\"%s\" stroke-width=\"1.6\"/>", left + firstInBlock * (cell + gap) - 1.5, top - 1.5,
                    (lastInBlock - firstInBlock + 1) * (cell + gap) + 1, 5 * (cell + gap) + 1, INK));
        }
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"11\" font-size=\"10\" font-weight=\"bold\" "
                + "fill=\"%s\">block %d</text><text x=\"%d\" y=\"%d\" font-size=\"10\" fill=\"%s\">total</text>",
                totalsX, INK, block.number(), totalsX, top - 6, MUTED));
        return s.append("</svg>").toString();
    }

    /** A pupil's late marks per block as small bars, this block's in the accent colour. */
    static String sparkline(List<Integer> marks, String title) {
        int bar = 6;
        int gap = 2;
        int height = 18;
        int width = Math.max(1, marks.size() * (bar + gap) - gap);
        int highest = Math.max(1, marks.stream().mapToInt(Integer::intValue).max().orElse(0));
        StringBuilder s = open(width, height, title);
        for (int i = 0; i < marks.size(); i++) {
            int v = marks.get(i);
            double h = v == 0 ? 1 : Math.max(2, (height - 1.0) * v / highest);
            s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\"/>",
                    i * (bar + gap), height - h, bar, h, v == 0 ? "#e4e7eb"
                            : i == marks.size() - 1 ? ACCENT : MUTED));
        }
        return s.append("</svg>").toString();
    }

    /** Two bars on one scale: a group's figure against the rest of the school's. */
    static String pair(double group, double rest, double scale, String title) {
        int width = 150;
        int height = 20;
        double max = Math.max(scale, 0.0001);
        StringBuilder s = open(width, height, title);
        s.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"1\" width=\"%.1f\" height=\"8\" fill=\"%s\"/>",
                Math.max(group > 0 ? 1 : 0, width * group / max), ACCENT));
        s.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"11\" width=\"%.1f\" height=\"8\" fill=\"%s\"/>",
                Math.max(rest > 0 ? 1 : 0, width * rest / max), PALE));
        return s.append("</svg>").toString();
    }

    /** One horizontal bar, for a count against the largest in its table. */
    static String bar(int value, int largest, String title) {
        int width = 150;
        int height = 12;
        StringBuilder s = open(width, height, title);
        s.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"1\" width=\"%.1f\" height=\"10\" fill=\"%s\"/>",
                largest == 0 ? 0 : Math.max(1, (double) width * value / largest), ACCENT));
        return s.append("</svg>").toString();
    }

    private static StringBuilder open(int width, int height, String title) {
        return new StringBuilder(512).append(String.format(Locale.ROOT, "<svg "
                + "viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s\"><title>%s</title>",
                width, height, width, height, Html.escape(title), Html.escape(title)));
    }

    /** From a pale sand (few) to a dark rust (the most in the chart). */
    private static String shade(double t) {
        int[] from = {0xfb, 0xe3, 0xc8};
        int[] to = {0x8c, 0x2d, 0x04};
        double k = 0.15 + 0.85 * Math.min(1, Math.max(0, t));
        return String.format(Locale.ROOT, "#%02x%02x%02x", (int) Math.round(from[0] + (to[0] - from[0]) * k),
                (int) Math.round(from[1] + (to[1] - from[1]) * k), (int) Math.round(from[2] + (to[2] - from[2]) * k));
    }

    /** 1, 2, 5, 10, 20, 50, … so that about four gridlines cover {@code highest}. */
    static int niceStep(int highest) {
        if (highest <= 4) {
            return 1;
        }
        double raw = highest / 4.0;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (int m : new int[] {1, 2, 5, 10}) {
            if (m * magnitude >= raw) {
                return (int) Math.max(1, Math.round(m * magnitude));
            }
        }
        return (int) Math.round(10 * magnitude);
    }
}
