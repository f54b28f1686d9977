package lategate.tui;

import com.googlecode.lanterna.SGR;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import lategate.app.lateness.Heatmap;
import lategate.domain.calendar.SchoolCalendar;
import lategate.domain.lateness.Block;

/**
 * Late marks by weekday (rows, Monday to Friday) and school week (columns) for the year so far,
 * shaded ' ░▒▓█' from none to the most, with each weekday's total and a legend giving the
 * numbers each shade stands for. A weekday the school was closed is '-', so a quiet column is
 * not mistaken for a good one.
 */
final class LatenessHeatmapScreen {

    static final char[] SHADES = {' ', '░', '▒', '▓', '█'};
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri"};
    private static final int LABEL = 5;

    private LatenessHeatmapScreen() {
    }

    static void draw(Canvas c, KioskState.Staff staff, StaffScreen.LatenessHeatmap screen, SchoolCalendar calendar) {
        Heatmap map = screen.heatmap();
        StaffFrame.draw(c, staff, "Late marks by weekday and school week: the year so far (weeks "
                + map.firstWeek() + "-" + map.lastWeek() + ")", "Escape: back to the table");
        int weeks = map.lastWeek() - map.firstWeek() + 1;
        int cell = Math.max(1, Math.min(4, (c.width() - 2 - LABEL - 8) / Math.max(1, weeks)));
        Map<Integer, LocalDate> mondays = mondays(calendar, map.firstWeek(), map.lastWeek());
        int row = StaffFrame.FIRST_ROW;
        int highest = map.highest();
        if (highest == 0) {
            c.left(row + 1, "No late marks so far this year.", SGR.BOLD);
            return;
        }
        c.left(row++, " ".repeat(LABEL) + blockLine(map, cell));
        c.left(row++, pad("Week", LABEL) + weekLine(map, cell) + "  Total", SGR.BOLD);
        for (int day = 1; day <= 5; day++) {
            StringBuilder line = new StringBuilder(pad(DAYS[day - 1], LABEL));
            for (int week = map.firstWeek(); week <= map.lastWeek(); week++) {
                LocalDate date = mondays.containsKey(week) ? mondays.get(week).plusDays(day - 1L) : null;
                char shade;
                if (date != null && date.isAfter(screen.today())) {
                    shade = ' ';
                } else if (date != null && !calendar.isSchoolDay(date)) {
                    shade = '-';
                } else {
                    shade = SHADES[level(map.at(week, day), highest)];
                }
                // Three columns or more: a gap after each week, so weeks side by side can be counted.
                line.append(cell >= 3 ? String.valueOf(shade).repeat(cell - 1) + " " : String.valueOf(shade).repeat(cell));
            }
            line.append(String.format("  %5d", map.totalForDay(day)));
            c.left(row++, line.toString(), SGR.BOLD);
        }
        row++;
        c.left(row++, "Each cell is one school day's late marks (L and U as they stand now):", SGR.BOLD);
        for (String line : Canvas.wrap(legend(highest), c.width() - 4)) {
            c.left(row++, "  " + line);
        }
        int[] busiest = busiest(map);
        c.left(row++, "  The most: " + highest + " on " + DAYS[busiest[1] - 1] + " of week " + busiest[0]
                + "; the busiest weekday overall: " + DAYS[busiestDay(map) - 1] + ".");
    }

    /** The shade for a count: none is blank, then four steps up to the highest count. */
    static int level(int count, int highest) {
        if (count <= 0 || highest <= 0) {
            return 0;
        }
        return Math.max(1, Math.min(4, (int) Math.ceil(4.0 * count / highest)));
    }

    /** "' ' none   '░' 1-2   '▒' 3-4 ..." with the numbers each shade stands for at this highest. */
    static String legend(int highest) {
        List<String> parts = new ArrayList<>();
        parts.add("' ' none");
        for (int lvl = 1; lvl <= 4; lvl++) {
            int from = -1;
            int to = -1;
            for (int n = 1; n <= highest; n++) {
                if (level(n, highest) == lvl) {
                    from = from < 0 ? n : from;
                    to = n;
                }
            }
            if (from > 0) {
                parts.add("'" + SHADES[lvl] + "' " + (from == to ? String.valueOf(from) : from + "-" + to));
            }
        }
        parts.add("'-' school closed");
        return String.join("   ", parts);
    }

    private static String blockLine(Heatmap map, int cell) {
        StringBuilder line = new StringBuilder();
        for (int week = map.firstWeek(); week <= map.lastWeek(); week++) {
            Block block = Block.ofWeek(week);
            if (week == block.firstWeek()) {
                String label = cell * Block.WEEKS >= 8 ? "Block " + block.number() : "B" + block.number();
                int span = Math.min(Block.WEEKS, map.lastWeek() - week + 1) * cell;
                line.append(label.length() < span ? pad("|" + label, span) : pad("|", span));
                week += Block.WEEKS - 1;
            }
        }
        return line.toString();
    }

    private static String weekLine(Heatmap map, int cell) {
        StringBuilder line = new StringBuilder();
        for (int week = map.firstWeek(); week <= map.lastWeek(); week++) {
            String n = String.valueOf(week);
            if (cell >= n.length() + (cell > 1 ? 1 : 0)) {
                line.append(pad(n, cell));
            } else if (week == Block.ofWeek(week).firstWeek() && n.length() <= Block.WEEKS * cell) {
                line.append(pad(n, Math.min(Block.WEEKS, map.lastWeek() - week + 1) * cell));
                week += Math.min(Block.WEEKS, map.lastWeek() - week + 1) - 1;
            } else {
                line.append(" ".repeat(cell));
            }
        }
        return line.toString();
    }

    /** The Monday of each school week shown. */
    private static Map<Integer, LocalDate> mondays(SchoolCalendar calendar, int first, int last) {
        Map<Integer, LocalDate> mondays = new HashMap<>();
        for (LocalDate d = calendar.yearStarts().with(DayOfWeek.MONDAY); !d.isAfter(calendar.yearEnds());
             d = d.plusWeeks(1)) {
            for (int i = 0; i < 5; i++) {
                OptionalInt week = calendar.schoolWeekOf(d.plusDays(i));
                if (week.isPresent() && week.getAsInt() >= first && week.getAsInt() <= last) {
                    mondays.put(week.getAsInt(), d);
                    break;
                }
            }
        }
        return mondays;
    }

    private static int[] busiest(Heatmap map) {
        int[] best = {map.firstWeek(), 1};
        int most = -1;
        for (int week = map.firstWeek(); week <= map.lastWeek(); week++) {
            for (int day = 1; day <= 5; day++) {
                if (map.at(week, day) > most) {
                    most = map.at(week, day);
                    best = new int[] {week, day};
                }
            }
        }
        return best;
    }

    private static int busiestDay(Heatmap map) {
        int best = 1;
        for (int day = 2; day <= 5; day++) {
            if (map.totalForDay(day) > map.totalForDay(best)) {
                best = day;
            }
        }
        return best;
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
