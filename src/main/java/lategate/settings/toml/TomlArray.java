package lategate.settings.toml;

import java.util.ArrayList;
import java.util.List;

/**
 * A TOML array as {@link TomlReader} read it: written [ ... ] as a value, or grown one table at a
 * time by [[header]]s. Each element keeps the line it starts on.
 */
public final class TomlArray {

    private final List<Object> elements = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();
    /** Grown by [[header]]: only another [[header]] may add to it; a [ ... ] array is closed once written. */
    final boolean ofTables;

    TomlArray(boolean ofTables) {
        this.ofTables = ofTables;
    }

    public int size() {
        return elements.size();
    }

    public Object get(int index) {
        return elements.get(index);
    }

    /** The line the element starts on: its own [[header]] for an element of an array of tables. */
    public int lineOf(int index) {
        return lines.get(index);
    }

    void add(Object element, int line) {
        elements.add(element);
        lines.add(line);
    }
}
