package lategate.sync.hub;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import lategate.app.sync.SettingsFile;
import lategate.app.sync.SummaryKey;
import lategate.app.sync.SyncFailure;
import lategate.files.CappedFile;
import lategate.sync.FolderTarget;
import lategate.sync.SummaryJson;

/**
 * Loads a folder written by {@code sync --to FOLDER} into a hub: the same summaries a kiosk would
 * have sent directly, so the hub ends with the same rows. Every file is checked against its
 * {@code .sha256} first; a file without one was still being written (or the stick was pulled) and
 * is left for the next import; a file that does not match is damaged and is not loaded. Loading
 * twice changes nothing.
 */
public final class HubImport {

    /**
     * The largest summary or settings copy read from the folder: a day's summary of a large school
     * is well under 1 MiB, and a bigger file on the stick is named as damaged, not read into memory.
     */
    static final int MAX_FILE_BYTES = 64 * 1024 * 1024;
    /** A checksum file is one sha256sum line. */
    static final int MAX_CHECKSUM_BYTES = 4 * 1024;
    private static final Pattern CHECKSUM = Pattern.compile("([0-9a-f]{64})  (\\S+)\\n?");
    private static final Pattern SETTINGS = Pattern.compile("([a-z0-9][a-z0-9-]*)_settings\\.toml");

    /** What the folder held, and what the hub did with it. */
    public record Report(int stored, int superseded, int held, List<String> settingsOf, List<String> incomplete,
                         List<String> damaged) {
        public int loaded() {
            return stored + superseded + held;
        }
    }

    /** The folder's checked contents, before anything is sent. */
    public record Contents(List<Summary> summaries, List<SettingsFile> settings, List<String> incomplete,
                           List<String> damaged) {
    }

    /** One summary file, checked. */
    public record Summary(SummaryKey key, byte[] body, String sha256) {
    }

    private HubImport() {
    }

    /** Reads and checks every lategate file in the folder. */
    public static Contents read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new SyncFailure("the folder " + folder + " does not exist or is not a folder (is the drive or USB "
                    + "stick connected?)");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new SyncFailure("cannot list the folder " + folder + ": " + e.getMessage(), e);
        }
        List<Summary> summaries = new ArrayList<>();
        List<SettingsFile> settings = new ArrayList<>();
        List<String> incomplete = new ArrayList<>();
        List<String> damaged = new ArrayList<>();
        SummaryJson codec = new SummaryJson();
        for (Path file : files) {
            String name = file.getFileName().toString();
            boolean summary = name.endsWith(".json") && !name.startsWith(".");
            Matcher settingsName = SETTINGS.matcher(name);
            if (name.startsWith(".") && name.endsWith(".part")) {
                incomplete.add(name); // a temporary file a sync was writing when it stopped
                continue;
            }
            if (!summary && !settingsName.matches()) {
                continue; // not lategate's: checksums, and whatever else is on the stick
            }
            Path checksumFile = folder.resolve(name + FolderTarget.CHECKSUM_SUFFIX);
            if (!Files.exists(checksumFile)) {
                incomplete.add(name);
                continue;
            }
            try {
                byte[] bytes = CappedFile.read(file, MAX_FILE_BYTES);
                String sha256 = codec.sha256(bytes);
                Matcher sum = CHECKSUM.matcher(new String(CappedFile.read(checksumFile, MAX_CHECKSUM_BYTES),
                        StandardCharsets.US_ASCII));
                if (!sum.matches() || !sum.group(2).equals(name)) {
                    damaged.add(name + " (its .sha256 is not a sha256sum line for it)");
                } else if (!sum.group(1).equals(sha256)) {
                    damaged.add(name + " (its content does not match its .sha256)");
                } else if (summary) {
                    SummaryKey key = keyOf(bytes);
                    if (!FolderTarget.fileName(key).equals(name)) {
                        damaged.add(name + " (it holds " + key.words() + ": renamed?)");
                    } else {
                        summaries.add(new Summary(key, bytes, sha256));
                    }
                } else {
                    settings.add(new SettingsFile(settingsName.group(1), bytes, sha256));
                }
            } catch (IOException | RuntimeException e) {
                damaged.add(name + " (" + e.getMessage() + ")");
            }
        }
        summaries.sort(Comparator.comparing((Summary s) -> s.key().date()).thenComparing(s -> s.key().schoolId())
                .thenComparing(s -> s.key().kioskId()).thenComparingInt(s -> s.key().version()));
        return new Contents(summaries, settings, incomplete, damaged);
    }

    /**
     * Loads the checked contents into the hub: settings first, then summaries, oldest day first.
     * The first refusal stops the load (what went before stays; loading again is safe).
     */
    public static Report load(String address, HubPassword password, Contents contents, IntConsumer progress) {
        int stored = 0;
        int superseded = 0;
        int held = 0;
        List<String> schools = new ArrayList<>();
        try (HubTarget hub = HubTarget.open(address, password)) {
            for (SettingsFile s : contents.settings()) {
                hub.deliverSettings(s);
                schools.add(s.schoolId());
            }
            int done = 0;
            for (Summary s : contents.summaries()) {
                HubTarget.Outcome outcome;
                try {
                    outcome = hub.deliver(s.key(), s.body(), s.sha256());
                } catch (SyncFailure e) {
                    throw new SyncFailure(e.getMessage() + "; " + done + " of " + contents.summaries().size()
                            + " summaries were loaded before it, and loading the folder again is safe", e);
                }
                switch (outcome) {
                    case STORED -> stored++;
                    case SUPERSEDED -> superseded++;
                    case HELD -> held++;
                }
                progress.accept(++done);
            }
        }
        return new Report(stored, superseded, held, schools, contents.incomplete(), contents.damaged());
    }

    /** The key at the top of a summary file. */
    static SummaryKey keyOf(byte[] body) throws IOException {
        String school = null;
        String kiosk = null;
        String date = null;
        int version = 0;
        String format = null;
        try (JsonParser json = new JsonFactory().createParser(body)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                switch (field) {
                    case "format" -> format = json.getValueAsString();
                    case "school_id" -> school = json.getValueAsString();
                    case "kiosk_id" -> kiosk = json.getValueAsString();
                    case "date" -> date = json.getValueAsString();
                    case "version" -> version = json.getValueAsInt();
                    default -> {
                        if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                            json.skipChildren();
                        }
                    }
                }
            }
        }
        if (!SummaryJson.FORMAT.equals(format) || school == null || kiosk == null || date == null || version < 1) {
            throw new IOException("not a lategate daily summary");
        }
        return new SummaryKey(school, kiosk, LocalDate.parse(date), version);
    }
}
