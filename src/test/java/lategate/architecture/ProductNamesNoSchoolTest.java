package lategate.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The product is every school's: what it ships (src/main, Java and resources, and the demo
 * settings copied into the jar) names none of the shipped schools, so a sixth school is never
 * told another school's policy section; messages take sections from the school's own settings.
 * And the why behind the code lives in the repository (docs/domain.md, docs/decisions/, the 2024
 * regulations), never in an issue number or a brief outside it. Tests may name the shipped
 * schools: they test the shipped settings.
 */
class ProductNamesNoSchoolTest {

    /** The five shipped schools, as the code would name them; PSA and KTS only as whole words. */
    static final Pattern SCHOOL = Pattern.compile("oak meadow|oak-meadow|russell|seagrave|\\bPSA\\b|\\bKTS\\b",
            Pattern.CASE_INSENSITIVE);
    /** A reference to an issue tracker outside the repository. */
    static final Pattern ISSUE = Pattern.compile("issue [0-9]", Pattern.CASE_INSENSITIVE);
    /** A reference to the domain brief that lived outside the repository (now docs/domain.md). */
    static final Pattern BRIEF = Pattern.compile("\\bDOMAIN\\b");

    private static List<Path> shipped() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String root : List.of("src/main/java", "src/main/resources")) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        files.add(Path.of("config/schools/demo.toml")); // copied into the jar (pom.xml) for 'lategate demo'
        return files;
    }

    private static List<String> lines(Pattern pattern) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : shipped()) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (pattern.matcher(lines.get(i)).find()) {
                    found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        return found;
    }

    @Test
    @DisplayName("the product, its messages and its --help name none of the shipped schools")
    void namesNoSchool() throws IOException {
        List<String> found = lines(SCHOOL);
        assertEquals(List.of(), found, "cite the school's own settings, the 2024 regulations or a docs/ page:\n"
                + String.join("\n", found));
    }

    @Test
    @DisplayName("the product cites no issue numbers and no brief outside the repository")
    void citesNothingOutsideTheRepository() throws IOException {
        List<String> found = new ArrayList<>(lines(ISSUE));
        found.addAll(lines(BRIEF));
        assertEquals(List.of(), found, "cite the regulation, the school's policy or the docs/ page that holds "
                + "the why:\n" + String.join("\n", found));
    }

    @Test
    @DisplayName("the walk reads the product: it finds the Java sources, the SQLite migrations and the demo settings")
    void theWalkSeesTheProduct() throws IOException {
        List<Path> files = shipped();
        assertTrue(files.size() > 100, "only " + files.size() + " files: is the test run from the project folder?");
        assertTrue(files.stream().anyMatch(f -> f.toString().endsWith("V001__register.sql")), files.toString());
        assertTrue(SCHOOL.matcher("see Oak Meadow §10").find() && SCHOOL.matcher("KTS §4.1").find()
                && !SCHOOL.matcher("kts_total").find(), "the pattern itself");
        assertTrue(ISSUE.matcher("(issue 9, point 4)").find() && !ISSUE.matcher("issue number 2").find());
    }
}
