package lategate.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lategate.app.held.AsideFile;
import lategate.app.held.AsideLine;
import lategate.app.held.WaitingScan;

/**
 * The file beside a register ({@code <db>.held-scans}) where a kiosk keeps the scans it takes while
 * the register's file is away. Plain text, one scan a line, so that it survives whatever happened
 * to the database and an IT person can read it (docs/held-scans.md): six fields separated by tabs,
 * the instant (UTC, ISO-8601, as precise as the scan was timed), the badge code as read, the pupil
 * id, the kiosk, the scanner and the reason key, the last three empty when there is none. A
 * backslash, tab, newline or carriage return inside a field is written {@code \\ \t \n \r}. Lines
 * starting with {@code #} are comments. Each line is on disk before the pupil is told their scan is
 * held, and the file is its owner's only (mode 600), like the register.
 */
public final class HeldScansFile implements AsideFile {

    /** What the name of the file beside a register ends with. */
    public static final String SUFFIX = ".held-scans";
    private static final int FIELDS = 6;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path path;

    public HeldScansFile(Path path) {
        this.path = path;
    }

    /** The file beside the register at {@code db}. */
    public static HeldScansFile beside(Path db) {
        return new HeldScansFile(db.resolveSibling(db.getFileName() + SUFFIX));
    }

    public Path path() {
        return path;
    }

    @Override
    public String where() {
        return path.toString();
    }

    @Override
    public void append(WaitingScan scan) {
        try {
            Path folder = path.toAbsolutePath().getParent();
            boolean newFolder = !Files.isDirectory(folder);
            if (newFolder) {
                Files.createDirectories(folder); // the register's folder went with it: the scans still need a place
            }
            boolean fresh = !Files.exists(path);
            Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
            try (FileChannel out = folder.getFileSystem().supportedFileAttributeViews().contains("posix")
                    ? FileChannel.open(path, options, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------")))
                    : FileChannel.open(path, options)) {
                String text = (out.size() == 0 ? header() : "") + line(scan) + "\n";
                ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
                out.force(true);
            }
            if (fresh) {
                forceFolder(folder); // the new file's name is on disk too
            }
        } catch (IOException e) {
            throw new StoreException("cannot write the held scan to " + path + ": " + e, e);
        }
    }

    private static String header() {
        return "# lategate held scans: taken while the register's file was away, to be recorded with\n"
                + "# 'lategate held import' (or by the kiosk's next start). One a line, tab-separated:\n"
                + "# instant (UTC)  badge code  pupil id  kiosk  scanner  reason key\n";
    }

    static String line(WaitingScan scan) {
        return String.join("\t", scan.at().toString(), escaped(scan.code()), escaped(scan.pupilId().orElse("")),
                escaped(scan.kioskId()), escaped(scan.scanner().orElse("")), escaped(scan.reasonKey().orElse("")));
    }

    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException notOnThisSystem) {
            // some file systems cannot force a folder; the file's own contents are forced already
        }
    }

    /** Every line of the file, numbered from 1, comments and blank lines left out; empty when there is no file. */
    public Optional<List<AsideLine>> read() {
        List<String> lines;
        try {
            // bytes that are not UTF-8 (a line torn by a power cut) spoil their own line only
            lines = List.of(new String(Files.readAllBytes(path), StandardCharsets.UTF_8).split("\r?\n", -1));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StoreException("cannot read the held scans in " + path + ": " + e, e);
        }
        List<AsideLine> read = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isBlank() && !line.startsWith("#")) {
                read.add(parse(i + 1, line));
            }
        }
        return Optional.of(read);
    }

    static AsideLine parse(int number, String line) {
        String[] fields = line.split("\t", -1);
        if (fields.length != FIELDS) {
            return new AsideLine.Bad(number, "expected " + FIELDS + " fields separated by tabs (instant, badge code, "
                    + "pupil id, kiosk, scanner, reason key), found " + fields.length);
        }
        Instant at;
        try {
            at = Instant.parse(fields[0]);
        } catch (DateTimeParseException e) {
            return new AsideLine.Bad(number, "'" + fields[0] + "' is not an instant such as 2026-11-23T09:05:12.345Z");
        }
        List<String> values = new ArrayList<>();
        for (int f = 1; f < FIELDS; f++) {
            Optional<String> value = unescaped(fields[f]);
            if (value.isEmpty()) {
                return new AsideLine.Bad(number, "field " + (f + 1) + " has a backslash that is not \\\\, \\t, "
                        + "\\n or \\r");
            }
            values.add(value.get());
        }
        if (values.get(0).isEmpty()) {
            return new AsideLine.Bad(number, "the badge code (field 2) is empty");
        }
        if (values.get(2).isBlank()) {
            return new AsideLine.Bad(number, "the kiosk (field 4) is empty");
        }
        return new AsideLine.Scan(number, new WaitingScan(at, values.get(0), present(values.get(1)), values.get(2),
                present(values.get(3)), present(values.get(4))));
    }

    private static Optional<String> present(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static String escaped(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static Optional<String> unescaped(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i == value.length()) {
                return Optional.empty();
            }
            switch (value.charAt(i)) {
                case '\\' -> out.append('\\');
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(out.toString());
    }

    /**
     * Once every line is in the register, moves the file aside as {@code <name>.recorded-<UTC time>}, kept
     * for whoever wants to see what was held; the kiosk's next start then finds nothing to record.
     */
    public Path archive(Instant now) {
        Path archived = path.resolveSibling(path.getFileName() + ".recorded-" + STAMP.format(now));
        try {
            Files.move(path, archived, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("every held scan in " + path + " is recorded, but the file could not be renamed "
                    + "to " + archived + " (" + e + "): move it away by hand; recording it again adds nothing", e);
        }
        forceFolder(path.toAbsolutePath().getParent());
        return archived;
    }
}
