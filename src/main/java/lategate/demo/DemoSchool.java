package lategate.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The demo school's data folder: its settings, a generated roster of about 300 pupils with
 * badges, and the database, made on first use and left as it is afterwards.
 */
public final class DemoSchool {

    public static final String SETTINGS = "demo.toml";
    public static final String ROSTER = "roster.csv";
    public static final String DATABASE = "demo.db";
    public static final String CONTACTS = "contacts.csv";
    public static final String BADGE_KEY = "badge.key";
    /** The demo's staff: an administrator, a receptionist and an attendance lead, all with this PIN. */
    public static final String STAFF_PIN = "1234";
    private static final int PUPILS_PER_CLASS = 14;
    private static final String[] CLASSES = {"RB", "RO", "1B", "1O", "2B", "2O", "3B", "3O", "4B", "4O", "5B", "5O",
            "6B", "6O", "6G", "5G", "4G", "3G", "2G", "1G", "RG", "RW"};
    private static final String[] GIVEN = {"Amelia", "Oliver", "Zoë", "Muhammad", "Siobhán", "Noah", "Isla", "Leo",
            "Ava", "Arthur", "Freya", "Oscar", "Chloé", "Kacper", "Aisha", "Dylan", "Maja", "Ibrahim", "Nia", "Theo",
            "Ffion", "Yusuf", "Grace", "Jakub", "Priya", "Harvey", "Mei", "Reuben", "Ananya", "Tomás"};
    private static final String[] FAMILY = {"Jones", "O'Neill", "Nguyễn", "Smith", "Khan", "Williams", "Kowalski",
            "Brown", "Patel", "Taylor", "Ahmed", "Davies", "Ó Briain", "Evans", "Wilson", "Okafor", "Thomas", "Roberts",
            "Begum", "Johnson", "Müller", "Walker", "Hussain", "Wright", "Novak", "Green", "Mensah", "Hall", "Chen",
            "Lewis"};

    private final Path folder;

    public DemoSchool(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    public Path settings() {
        return folder.resolve(SETTINGS);
    }

    public Path roster() {
        return folder.resolve(ROSTER);
    }

    public Path contacts() {
        return folder.resolve(CONTACTS);
    }

    public Path database() {
        return folder.resolve(DATABASE);
    }

    /** Writes the settings and roster if they are not there yet; returns true if it wrote anything. */
    public boolean prepare() {
        try {
            Files.createDirectories(folder);
            boolean wrote = false;
            if (!Files.exists(settings())) {
                try (InputStream in = DemoSchool.class.getResourceAsStream(SETTINGS)) {
                    if (in == null) {
                        throw new IllegalStateException("the demo settings are missing from the jar");
                    }
                    // The key file's place is written in, absolute, as settings ask (see [badges] in the README).
                    Files.write(settings(), in.readAllBytes());
                    Files.writeString(settings(), "\n[badges]\n# the key that signs the badges' QR codes\n"
                            + "key_file = \"" + badgeKey().toAbsolutePath() + "\"\n", StandardCharsets.UTF_8,
                            java.nio.file.StandardOpenOption.APPEND);
                }
                if (!Files.exists(badgeKey())) {
                    try {
                        lategate.badge.BadgeKeyFile.create(badgeKey(), new java.security.SecureRandom());
                    } catch (lategate.badge.BadgeKeyFile.BadgeKeyException e) {
                        throw new IOException(e.getMessage(), e);
                    }
                }
                wrote = true;
            }
            if (!Files.exists(roster())) {
                Files.writeString(roster(), rosterCsv(), StandardCharsets.UTF_8);
                wrote = true;
            }
            if (!Files.exists(contacts())) {
                Files.writeString(contacts(), contactsCsv(), StandardCharsets.UTF_8);
                wrote = true;
            }
            return wrote;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the demo folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The same roster every time (seeded), so the README's badge codes always find the same pupils. */
    static String rosterCsv() {
        Random random = new Random(2026);
        StringBuilder csv = new StringBuilder("pupil_id,given_name,family_name,year,class,badge,send,pupil_premium,fsm,"
                + "lac,eal\n");
        List<String> rows = new ArrayList<>();
        int n = 0;
        for (String className : CLASSES) {
            for (int i = 0; i < PUPILS_PER_CLASS; i++) {
                n++;
                String given = givenName(n);
                String family = familyName(n);
                String year = className.substring(0, 1);
                rows.add(String.format("D%04d,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s", n, given, quote(family), year,
                        className, badge(n), yes(random, 12), yes(random, 25), yes(random, 20), yes(random, 2),
                        yes(random, 15)));
            }
        }
        rows.forEach(row -> csv.append(row).append('\n'));
        return csv.toString();
    }

    /**
     * Each demo pupil's contacts: a parent who may collect, and a grandparent who may not, so
     * that signing out to someone not allowed to collect can be tried too.
     */
    static String contactsCsv() {
        StringBuilder csv = new StringBuilder("pupil_id,name,relationship,may_collect,phone\n");
        int pupils = CLASSES.length * PUPILS_PER_CLASS;
        for (int n = 1; n <= pupils; n++) {
            String family = familyName(n);
            String parent = GIVEN[(n * 5 + 3) % GIVEN.length] + " " + family;
            csv.append(String.format("D%04d,%s,%s,yes,07700 9%05d%n", n, quote(parent), "parent",
                    n));
            csv.append(String.format("D%04d,%s,grandparent,no,%n", n, quote("Pat " + family)));
        }
        return csv.toString();
    }

    /**
     * Names that differ for every demo pupil (30 given names by 30 family names, walked so that
     * no pair comes twice before 900), so a receptionist searching by name finds one child.
     */
    static String givenName(int n) {
        return GIVEN[(n - 1) % GIVEN.length];
    }

    static String familyName(int n) {
        return FAMILY[((n - 1) / GIVEN.length + 7 * (n - 1)) % FAMILY.length];
    }

    public static String badge(int n) {
        return String.format("DEMO%04d", n);
    }

    /** The code printed on demo pupil {@code n}'s badge: their badge code and its check character. */
    public static String printed(int n) {
        return badge(n) + lategate.domain.badge.CheckCharacter.of(badge(n)).orElseThrow();
    }

    /** The demo school's badge key, made with the folder: the demo's QR codes are signed like a school's. */
    public Path badgeKey() {
        return folder.resolve(BADGE_KEY);
    }

    private static String yes(Random random, int percent) {
        return random.nextInt(100) < percent ? "yes" : "no";
    }

    private static String quote(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
