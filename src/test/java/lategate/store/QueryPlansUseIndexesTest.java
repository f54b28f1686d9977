package lategate.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lategate.app.SignIn;
import lategate.app.lateness.LatenessReview;
import lategate.demo.GeneratedYear;
import lategate.domain.badge.BadgeCodes;
import lategate.domain.lateness.Block;
import lategate.settings.SchoolSettings;
import lategate.settings.Settings;
import lategate.wiring.SchoolServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A school keeps six years of its register (the School Attendance (Pupil Registration) (England)
 * Regulations 2024: every entry kept "for 6 years after the date on which the entry was made";
 * docs/data-protection.md), so the tables that grow with every scan (arrivals, reasons,
 * amendments, the register chain of docs/tamper-evidence.md) must never be read whole by a scan or
 * by the current year's reports: the kiosk would slow down year by year (docs/architecture.md,
 * "A register kept six years").
 *
 * <p>The statements are the ones the store really runs, caught on a real database file as a scan
 * and the reports run; each is asked for its plan (EXPLAIN QUERY PLAN) on that same connection,
 * and a plan that walks one of those tables whole ("SCAN arrivals") fails the test.
 */
class QueryPlansUseIndexesTest {

    /** The tables that grow with every year kept: a whole walk of one grows with the history. */
    private static final Set<String> GROWING = Set.of("arrivals", "arrival_reasons", "amendments", "register_chain",
            "movements", "unmarked_scans", "claim_decisions", "pupil_cutoffs", "lunch_passes", "badge_issues",
            "outbox", "held_scan_settlements");
    /** A scan also finds one pupil among the roll, leavers and all: by index, never by walking it. */
    private static final Set<String> GROWING_OR_ROLL = union(GROWING, Set.of("pupils"));
    // Not here: stage_decisions, read whole by design (every pupil's stage history, one row per
    // decision, a few hundred a year), and the TEMP table of rows a transaction wrote.
    private static final Pattern SCAN = Pattern.compile("^SCAN (\\w+)(?: AS \\w+| \\w+)?(.*)$");

    @TempDir
    Path dir;

    private GeneratedYear.Generated year;
    private Settings settings;

    @BeforeEach
    void aGeneratedYear() throws Exception {
        year = GeneratedYear.generate(dir.resolve("school"), 40, 2026, LocalDate.of(2026, 12, 7));
        settings = SchoolSettings.read(year.settings());
    }

    @Test
    @DisplayName("a scan reads the register, the roll and the chain's head by index, never whole "
            + "(2024 regulations: 6 years kept; docs/tamper-evidence.md)")
    void aScanUsesIndexes() throws Exception {
        List<String> problems = plansOf(GROWING_OR_ROLL, services -> {
            SignIn signIn = services.signIn();
            BadgeCodes codes = SchoolServices.badgeCodes(settings);
            LocalDate day = year.thresholdsOn();
            for (int i = 1; i <= 40; i++) {
                // Twice each: a fresh mark, or a repeat of one the generated year made already.
                for (int k = 0; k < 2; k++) {
                    signIn.scan(codes.printed(String.format("BENCH%06d", i)), day.atTime(9, 10 + k)
                            .atZone(settings.school().zone()).toInstant(), "gate", "pupil", Optional.empty());
                }
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    @DisplayName("the current year's reports (blocks, thresholds, the Late Book) read the register by date "
            + "or pupil, never whole (2024 regulations: 6 years kept)")
    void theReportsUseIndexes() throws Exception {
        // A report reads the whole roll on purpose (a row for every pupil), so pupils is not checked here.
        List<String> problems = plansOf(GROWING, services -> {
            LatenessReview review = services.latenessReview();
            review.review(new Block(year.block()), year.thresholdsOn().plusDays(1));
            review.thresholds(year.thresholdsOn());
            services.entries().lateBookBetween(settings.school().calendar().yearStarts(),
                    settings.school().calendar().yearEnds());
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    interface Work {
        void run(SchoolServices services) throws Exception;
    }

    /** Runs the work on the generated school, and returns each statement it ran that walks a growing table. */
    private List<String> plansOf(Set<String> notWhole, Work work) throws Exception {
        Set<String> statements = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        try (Database database = Database.open(year.database())) {
            Connection real = database.connection();
            database.wrapConnection(c -> recording(c, statements));
            Clock afterTheYear = Clock.fixed(settings.school().calendar().yearEnds().plusDays(1).atStartOfDay()
                    .toInstant(ZoneOffset.UTC), settings.school().zone());
            work.run(new SchoolServices(settings, database, afterTheYear));
            for (String sql : statements) {
                String head = sql.stripLeading().toUpperCase(java.util.Locale.ROOT);
                if (!(head.startsWith("SELECT") || head.startsWith("WITH") || head.startsWith("INSERT")
                        || head.startsWith("UPDATE") || head.startsWith("DELETE"))) {
                    continue;
                }
                List<String> plan = plan(real, sql);
                for (String step : plan) {
                    Matcher m = SCAN.matcher(step);
                    if (m.matches() && notWhole.contains(m.group(1))) {
                        problems.add(step + "  <-  " + sql.replaceAll("\\s+", " "));
                    }
                }
            }
        }
        assertTrue(!statements.isEmpty(), "no statement was caught: the wrapper is not in the way");
        return problems;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> both = new java.util.HashSet<>(a);
        both.addAll(b);
        return Set.copyOf(both);
    }

    private static List<String> plan(Connection c, String sql) throws SQLException {
        List<String> steps = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
            int parameters = s.getParameterMetaData().getParameterCount();
            for (int i = 1; i <= parameters; i++) {
                s.setNull(i, java.sql.Types.NULL);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    steps.add(r.getString("detail"));
                }
            }
        }
        return steps;
    }

    /** The connection, noting the text of every statement prepared or executed on it. */
    private static Connection recording(Connection real, Set<String> statements) {
        return (Connection) Proxy.newProxyInstance(QueryPlansUseIndexesTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().startsWith("prepare") && args != null && args[0] instanceof String sql) {
                        statements.add(sql);
                    }
                    Object result = invoke(method, real, args);
                    if (result instanceof Statement s && !(result instanceof PreparedStatement)) {
                        return recording(s, statements);
                    }
                    return result;
                });
    }

    private static Statement recording(Statement real, Set<String> statements) {
        return (Statement) Proxy.newProxyInstance(QueryPlansUseIndexesTest.class.getClassLoader(),
                new Class<?>[] {Statement.class}, (proxy, method, args) -> {
                    if ((method.getName().startsWith("execute") || method.getName().equals("addBatch"))
                            && args != null && args.length > 0 && args[0] instanceof String sql) {
                        statements.add(sql);
                    }
                    return invoke(method, real, args);
                });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
