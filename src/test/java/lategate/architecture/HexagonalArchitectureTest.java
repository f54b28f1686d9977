package lategate.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * The domain is pure: it knows no adapter, no file, no database and no system clock. Adapters
 * depend on it, never the reverse.
 */
@AnalyzeClasses(packages = "lategate", importOptions = ImportOption.DoNotIncludeTests.class)
class HexagonalArchitectureTest {

    @ArchTest
    static final ArchRule domainDependsOnNoAdapter = noClasses().that().resideInAPackage("lategate.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("lategate.app..", "lategate.cli..",
                    "lategate.kiosk..", "lategate.bench..", "lategate.demo..", "lategate.wiring..", "lategate.reporting..",
                    "lategate.output..", "lategate.settings..", "lategate.store..", "lategate.roster..", "lategate.contacts..", "lategate.tui..",
                    "lategate.scanner..", "lategate.badge..", "lategate.sync..", "lategate.reports..",
                    "lategate.letters..", "lategate.printing..", "lategate.slips..", "lategate.pdf..")
            .because("adapters depend on the domain, never the reverse");

    @ArchTest
    static final ArchRule domainDoesNoIo = noClasses().that().resideInAPackage("lategate.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "java.io..", "java.nio.file..",
                    "java.net..", "org.sqlite..", "picocli..", "org.tomlj..", "java.awt..", "javax.imageio..",
                    "com.google.zxing..", "org.apache.pdfbox..", "com.fazecast..")
            .because("the domain core does no I/O: it draws no badges and opens no ports");

    @ArchTest
    static final ArchRule domainNeverReadsTheSystemClock = noClasses().that().resideInAPackage("lategate.domain..")
            .should().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Clock.class, "systemDefaultZone")
            .orShould().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalTime.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(System.class, "nanoTime")
            .because("time in the domain comes from a Clock or an explicit instant");

    @ArchTest
    static final ArchRule useCasesDoNotReachIntoAdapters = noClasses().that().resideInAPackage("lategate.app..")
            .should().dependOnClassesThat().resideInAnyPackage("lategate.cli..", "lategate.kiosk..",
                    "lategate.bench..", "lategate.demo..", "lategate.wiring..", "lategate.reporting..", "lategate.output..",
                    "lategate.settings..", "lategate.store..", "lategate.roster..", "lategate.contacts..", "lategate.tui..",
                    "lategate.scanner..", "lategate.letters..", "lategate.reports..", "lategate.sync..", "lategate.badge..",
                    "lategate.printing..", "lategate.slips..", "java.sql..")
            .because("use cases talk to adapters through their ports");

    @ArchTest
    static final ArchRule onlyTheSerialAdapterTouchesSerialPorts = noClasses().that()
            .resideOutsideOfPackages("lategate.scanner.serial..", "lategate.slips..")
            .should().dependOnClassesThat().resideInAPackage("com.fazecast..")
            .because("jSerialComm unpacks native code when it loads: a kiosk with no serial scanner or serial slip "
                    + "printer never should");

    @ArchTest
    static final ArchRule onlyTheSlipAdapterSpeaksEscPos = noClasses().that().resideOutsideOfPackage("lategate.slips..")
            .should().dependOnClassesThat().resideInAPackage("com.github.anastaciocintra..")
            .because("ESC/POS is the receipt printer's language: the rest of lategate hands a slip to a port");

    @ArchTest
    static final ArchRule serialReadingNeverReadsTheSystemClock = noClasses().that()
            .resideInAPackage("lategate.scanner..")
            .should().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Clock.class, "systemDefaultZone")
            .orShould().callMethod(Instant.class, "now")
            .because("a scan is stamped by the kiosk's clock, which --clock may set");

    /**
     * No package reaches into another that reaches back: a cycle makes two packages one in all but
     * name. Subpackages count as packages of their own, so {@code app} and {@code app.clock} may not
     * depend on each other either; ports that both sides need live in the outer package.
     */
    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("lategate.(**)").should().beFreeOfCycles();

    /**
     * The adapters, each the only package that speaks to one outside thing. What they may all use is
     * not in this list: the domain, the use cases and their ports ({@code app}), {@code files} (reading
     * a named file under a cap, writing a spreadsheet-safe cell) and {@code settings} (the school's
     * configuration, each adapter's section of it; settings itself uses no adapter). {@code wiring}
     * (the composition root), {@code cli} (the commands), {@code kiosk} (the kiosk's runtime),
     * {@code bench} (the benchmarks), {@code demo} and {@code reporting} (the lead's reports gathered for
     * a command, from a kiosk's database or the hub) are not adapters but the composition layer: they
     * build the adapters and wire them together, so they may use any of them. {@code output} (how the
     * commands print: JSON, bars, progress, control characters made visible) uses no adapter. {@code pdf} (the
     * font of the PDFs badges and letters write, and text set on their pages) is theirs to share, not an
     * adapter: it uses none. {@code printing} puts a fire roll in a folder and on the printer ({@code lp});
     * {@code slips} prints late slips on a receipt printer (ESC/POS).
     */
    private static final List<String> ADAPTERS = List.of("tui", "scanner", "store", "badge", "sync", "reports",
            "letters", "roster", "contacts", "settings", "printing", "slips");

    /**
     * The adapter-to-adapter uses the code has today and keeps on purpose, each with its reason. Any
     * other is refused.
     * <ul>
     * <li>tui → scanner: a keyboard-wedge scanner types into the terminal the TUI owns, so the TUI hands
     * its keys to the scanner's assembler and reads the scanner's inputs and status back. (Moving
     * {@code ScanInput}, {@code KioskInput} and {@code ScannerStatus} to an app port would end this.)</li>
     * <li>contacts → roster: a contacts file is read by the roster's CSV reader and reports its problems
     * the same way ({@code CsvFile}, {@code RosterProblem}).</li>
     * <li>badge, scanner, sync, slips, roster → settings: settings is configuration every adapter may read; it is
     * listed as an adapter only so that it in turn uses none (the roster reads its columns as [roster] maps them).</li>
     * </ul>
     */
    private static final Map<String, List<String>> ALLOWED = Map.of("tui", List.of("scanner"),
            "contacts", List.of("roster"), "badge", List.of("settings"), "scanner", List.of("settings"),
            "sync", List.of("settings"), "slips", List.of("settings"), "roster", List.of("settings"));

    @ArchTest
    static final ArchRule noAdapterUsesAnother = CompositeArchRule.of(ADAPTERS.stream()
            .map(HexagonalArchitectureTest::usesNoOtherAdapter).toList())
            .as("no adapter package uses another adapter package, but for the few named uses");

    @ArchTest
    static final ArchRule theSharedPdfPackageUsesNoAdapter = noClasses().that().resideInAPackage("lategate.pdf..")
            .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS.stream().map(a -> "lategate." + a + "..")
                    .toArray(String[]::new))
            .because("badges and letters both use it: through it one adapter would reach another");

    private static ArchRule usesNoOtherAdapter(String adapter) {
        String[] others = ADAPTERS.stream()
                .filter(other -> !other.equals(adapter))
                .filter(other -> !ALLOWED.getOrDefault(adapter, List.of()).contains(other))
                .map(other -> "lategate." + other + "..")
                .toArray(String[]::new);
        return noClasses().that().resideInAPackage("lategate." + adapter + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .because("an adapter speaks to one outside thing; adapters meet only in app's ports or in the composition layer");
    }
}
