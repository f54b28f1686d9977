package lategate.tui;

import java.util.ArrayList;
import java.util.List;

/**
 * What the puts of one frame wrote where, kept only when a test asks for it (the kiosk itself draws
 * with none): a put that writes over a non-blank cell another put of the same frame wrote is two
 * texts drawn over each other, and a put that reaches past its screen's edge is text the reader
 * never sees whole. Both are faults of layout, at any terminal size from 40x12 up.
 */
final class FrameLog {

    /** One put: where it started and what it wrote. */
    record Put(int column, int row, String text) {
    }

    /** {@code over} wrote on a cell of {@code under} at this column. */
    record Collision(Put under, Put over, int column, int row) {
        @Override
        public String toString() {
            return "'" + over.text().strip() + "' (row " + over.row() + ", column " + over.column() + ") over '"
                    + under.text().strip() + "' (row " + under.row() + ", column " + under.column() + ") at column "
                    + column;
        }
    }

    /** A put that does not fit the {@code width} x {@code height} screen (or part of one) it was drawn on. */
    record Outside(Put put, int width, int height) {
        @Override
        public String toString() {
            return "'" + put.text().strip() + "' at row " + put.row() + ", column " + put.column()
                    + " (" + put.text().length() + " wide) outside " + width + "x" + height;
        }
    }

    private final int width;
    private final int height;
    private final Put[] cells;
    private final char[] chars;
    private final List<Collision> collisions = new ArrayList<>();
    private final List<Outside> outside = new ArrayList<>();

    FrameLog(int width, int height) {
        this.width = width;
        this.height = height;
        this.cells = new Put[width * height];
        this.chars = new char[width * height];
    }

    /** A put on a screen (or the part of one above a strip) {@code boundsWidth} x {@code boundsHeight}. */
    void put(int column, int row, String text, int boundsWidth, int boundsHeight) {
        Put put = new Put(column, row, text);
        if (row < 0 || row >= boundsHeight || column < 0 || column + text.length() > boundsWidth) {
            outside.add(new Outside(put, boundsWidth, boundsHeight));
        }
        if (row < 0 || row >= height) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            int col = column + i;
            if (col < 0 || col >= width) {
                continue;
            }
            int cell = row * width + col;
            Put before = cells[cell];
            if (before != null && before != put && !Character.isWhitespace(chars[cell])
                    && (collisions.isEmpty() || collisions.get(collisions.size() - 1).over() != put)) {
                collisions.add(new Collision(before, put, col, row));
            }
            cells[cell] = put;
            chars[cell] = text.charAt(i);
        }
    }

    /** Texts written over other texts, in the order drawn: one for each put that covered another. */
    List<Collision> collisions() {
        return List.copyOf(collisions);
    }

    List<Outside> outside() {
        return List.copyOf(outside);
    }
}
