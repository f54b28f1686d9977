package lategate.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;

/**
 * Each applied migration's checksum, kept in the database it ran on, held up against this
 * lategate's copy of the script whenever the file is opened: a migration edited after it ran would
 * leave databases made before and after the edit with different tables under one version number,
 * so a difference is refused, naming the migration. The checksum is SHA-256 of the script's SQL
 * with its comments dropped and its whitespace runs made one space, outside quotes: a comment
 * reworded does not change what ran, and is no reason to refuse a school's register.
 */
final class MigrationChecksums {

    private MigrationChecksums() {
    }

    /** One migration as this lategate ships it: its version (1, 2, …), file name and checksum. */
    record Shipped(int version, String name, String sha256) {
    }

    /** The shipped migrations' checksums, in order, given their names and scripts in order. */
    static List<Shipped> of(List<String> names, List<String> scripts) {
        return java.util.stream.IntStream.range(0, names.size())
                .mapToObj(i -> new Shipped(i + 1, names.get(i), sha256(scripts.get(i))))
                .toList();
    }

    /** Where the jar lists its migrations' checksums, worked out when they were written. */
    static final String LISTED = "migration-checksums.txt";

    /**
     * The shipped migrations' checksums as the jar lists them ({@link #listing}), so that opening a
     * database reads one small file instead of starting Java's cryptography providers, a large share
     * of a short command's start-up; a migration the list lacks has its checksum worked out here.
     * (MigrationChecksumsTest keeps the list equal to the scripts.)
     */
    static List<Shipped> listed(List<String> names, String listing, java.util.function.IntFunction<String> script) {
        java.util.Map<String, String> byName = new java.util.HashMap<>();
        for (String line : listing.split("\n")) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length == 2 && !line.startsWith("#")) {
                byName.put(parts[1], parts[0]);
            }
        }
        List<Shipped> shipped = new java.util.ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String sha = byName.get(names.get(i));
            shipped.add(new Shipped(i + 1, names.get(i), sha != null ? sha : sha256(script.apply(i))));
        }
        return List.copyOf(shipped);
    }

    /** The list of {@link #LISTED}: one line per migration, its checksum then its file name. */
    static String listing(List<Shipped> shipped) {
        StringBuilder text = new StringBuilder("# SHA-256 of each migration's SQL as SQLite reads it "
                + "(MigrationChecksums.sql), then its file name\n");
        for (Shipped m : shipped) {
            text.append(m.sha256()).append("  ").append(m.name()).append('\n');
        }
        return text.toString();
    }

    /**
     * Refuses the file if a migration recorded in it was applied under another name or from a
     * script that differs from this lategate's: nothing is changed, nothing more is migrated.
     */
    static void verify(Connection c, Path file, List<Shipped> shipped) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT version, script, sha256 FROM migration_checksums "
                + "ORDER BY version"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                int version = r.getInt(1);
                String name = r.getString(2);
                String recorded = r.getString(3);
                if (version > shipped.size()) {
                    continue; // a newer lategate's migration: the schema version check refuses that file
                }
                Shipped ours = shipped.get(version - 1);
                if (!ours.name().equals(name)) {
                    throw new StoreException("the database " + file + " ran migration " + version + " as " + name
                            + ", but this lategate's migration " + version + " is " + ours.name()
                            + ": a migration must never change once it has run; use the lategate that made "
                            + "this database, or one that keeps its migrations");
                }
                if (!ours.sha256().equals(recorded)) {
                    throw new StoreException("the database " + file + " ran migration " + name + " from a script "
                            + "that differs from this lategate's (SHA-256 " + recorded.substring(0, 12)
                            + "… then, " + ours.sha256().substring(0, 12) + "… now): a migration must never "
                            + "change once it has run; use the lategate that made this database, or one "
                            + "that keeps its migrations");
                }
            }
        }
    }

    /** Records the checksums of migrations {@code from} to {@code to}, inclusive, as shipped. */
    static void record(Connection c, List<Shipped> shipped, int from, int to) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO migration_checksums (version, script, sha256) VALUES (?, ?, ?)")) {
            for (Shipped m : shipped.subList(from - 1, to)) {
                s.setInt(1, m.version());
                s.setString(2, m.name());
                s.setString(3, m.sha256());
                s.executeUpdate();
            }
        }
    }

    /** SHA-256, in hex, of the script's SQL: comments and layout aside. */
    static String sha256(String script) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sql(script).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * The script as SQLite reads it: {@code --} and {@code /* … *}{@code /} comments dropped, each run
     * of whitespace one space, and quoted text ('…', "…", `…`, […]) kept exactly as written.
     */
    static String sql(String script) {
        StringBuilder out = new StringBuilder(script.length());
        boolean gap = false;
        int i = 0;
        int n = script.length();
        while (i < n) {
            char c = script.charAt(i);
            if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                while (i < n && script.charAt(i) != '\n') {
                    i++;
                }
                gap = true;
            } else if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                int end = script.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                gap = true;
            } else if (Character.isWhitespace(c)) {
                i++;
                gap = true;
            } else {
                if (gap && !out.isEmpty()) {
                    out.append(' ');
                }
                gap = false;
                int end = c == '\'' || c == '"' || c == '`' || c == '[' ? endOfQuote(script, i) : i + 1;
                out.append(script, i, end);
                i = end;
            }
        }
        return out.toString();
    }

    /** Where the quoted text starting at {@code start} ends (just past its closing quote). */
    private static int endOfQuote(String script, int start) {
        char open = script.charAt(start);
        char close = open == '[' ? ']' : open;
        int j = start + 1;
        while (j < script.length()) {
            if (script.charAt(j) == close) {
                if (close != ']' && j + 1 < script.length() && script.charAt(j + 1) == close) {
                    j += 2; // a doubled quote is one quote character inside the text
                    continue;
                }
                return j + 1;
            }
            j++;
        }
        return script.length();
    }
}
