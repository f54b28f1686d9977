package lategate.roster;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import lategate.files.CappedFile;

/**
 * What every CSV file the office imports (roster, contacts) shares: reading it with a plain
 * message when it cannot be read, and checking its header line.
 */
public final class CsvFile {

    /**
     * The largest roster or contacts file read: a roster of a few thousand pupils is well under
     * 1 MiB, so a larger file (or {@code /dev/zero}) is refused before it can fill the memory.
     */
    public static final int MAX_BYTES = 50 * 1024 * 1024;

    private CsvFile() {
    }

    /**
     * Reads the file and hands its name and bytes to {@code parse}; a missing file, a folder, one
     * that cannot be read, one over {@link #MAX_BYTES} and a named pipe go to {@code unreadable} as a
     * whole-file problem naming the path.
     */
    public static <R> R read(Path file, BiFunction<String, byte[], R> parse, Function<RosterProblem, R> unreadable) {
        String path = file.toString();
        // Reading a folder fails with a bare "Is a directory" on Linux and otherwise elsewhere: ask first
        if (Files.isDirectory(file)) {
            return unreadable.apply(RosterProblem.wholeFile(path, "is a folder, not a CSV file"));
        }
        byte[] bytes;
        try {
            bytes = CappedFile.read(file, MAX_BYTES);
        } catch (CappedFile.TooLarge | CappedFile.NotAFile e) {
            return unreadable.apply(RosterProblem.wholeFile(path, e.getMessage() + ", not a roster or contacts "
                    + "CSV file (those are a few MiB at most): nothing was read"));
        } catch (NoSuchFileException e) {
            return unreadable.apply(RosterProblem.wholeFile(path, "no such file"));
        } catch (AccessDeniedException e) {
            return unreadable.apply(RosterProblem.wholeFile(path, "cannot be read: permission denied"));
        } catch (IOException e) {
            return unreadable.apply(RosterProblem.wholeFile(path, "cannot be read: " + e.getMessage()));
        }
        return parse.apply(file.getFileName().toString(), bytes);
    }

    /**
     * The header's columns by name (trimmed, case-insensitive) with their positions; an empty,
     * unknown or repeated column and a missing required one are each a problem on the header line.
     *
     * @param columnsInWords how the allowed columns are listed in the message for an unknown one
     */
    public static Map<String, Integer> header(String name, CsvRow header, Collection<String> known,
                                              List<String> required, String columnsInWords,
                                              List<RosterProblem> problems) {
        long line = header.line();
        List<String> cells = header.cells();
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String column = cells.get(i).strip().toLowerCase(Locale.ROOT);
            if (column.isEmpty()) {
                problems.add(new RosterProblem(name, line, "column " + (i + 1) + " has no name in the header"));
            } else if (!known.contains(column)) {
                problems.add(new RosterProblem(name, line, "unknown column '" + cells.get(i) + "'; the columns are "
                        + columnsInWords));
            } else if (columns.putIfAbsent(column, i) != null) {
                problems.add(new RosterProblem(name, line, "column '" + column + "' appears twice in the header"));
            }
        }
        for (String column : required) {
            if (!columns.containsKey(column)) {
                problems.add(new RosterProblem(name, line, "missing column '" + column + "'"));
            }
        }
        return columns;
    }
}
