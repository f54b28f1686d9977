package lategate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every link between the README and the pages in docs/ leads somewhere: the file (or folder)
 * exists, and a {@code #section} names a heading on that page, as GitHub makes its anchors. A
 * page moved or a heading renamed fails here, naming the page and line of the link.
 */
class DocsLinksTest {

    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");

    @Test
    @DisplayName("every relative link in README.md and docs/*.md leads to a file and a heading that exist")
    void everyLinkResolves() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        List<String> broken = new ArrayList<>();
        int links = 0;
        for (Path page : pages) {
            List<String> lines = Files.readAllLines(page);
            boolean fenced = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.strip().startsWith("```")) {
                    fenced = !fenced;
                }
                if (fenced || line.startsWith("    ") && !line.strip().startsWith("-") && !line.strip().startsWith("|")) {
                    continue; // code, where brackets are not links
                }
                Matcher link = LINK.matcher(line);
                while (link.find()) {
                    String target = link.group(1);
                    if (target.matches("[a-z]+:.*")) {
                        continue; // https:, mailto:: not this test's business
                    }
                    links++;
                    String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                    String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : "";
                    Path to = file.isEmpty() ? page : page.toAbsolutePath().getParent().resolve(file).normalize();
                    String where = page + ":" + (i + 1) + ": " + target;
                    if (!Files.exists(to)) {
                        broken.add(where + " (no such file)");
                    } else if (!anchor.isEmpty() && !(Files.isRegularFile(to) && anchors(to).contains(anchor))) {
                        broken.add(where + " (no heading '" + anchor + "' in " + to.getFileName() + ")");
                    }
                }
            }
        }
        assertTrue(links >= 50, "found only " + links + " links");
        assertEquals("", String.join("\n", broken), broken.size() + " links lead nowhere");
    }

    @Test
    @DisplayName("anchors are made from headings as GitHub makes them")
    void anchorsAsGitHubMakesThem() {
        assertEquals("the-trusts-hub-postgresql", slug("The trust's hub (PostgreSQL)"));
        assertEquals("explain---json-and-sign-in---json", slug("`explain --json` and `sign-in --json`"));
        assertEquals("start-up-the-launcher-measured", slug("Start-up: the launcher, measured"));
    }

    /** The anchors of a page's headings; a repeated heading gets -1, -2, … as on GitHub. */
    static Set<String> anchors(Path page) throws IOException {
        Set<String> anchors = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean fenced = false;
        for (String line : Files.readAllLines(page)) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
            }
            if (!fenced && line.matches("#{1,6} .*")) {
                String slug = slug(line.replaceFirst("#{1,6} ", ""));
                int n = seen.merge(slug, 1, Integer::sum) - 1;
                anchors.add(n == 0 ? slug : slug + "-" + n);
            }
        }
        return anchors;
    }

    static String slug(String heading) {
        return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }
}
