package lategate.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * The domain is pure: it knows no adapter, no file, no database and no system clock. Adapters
 * depend on it, never the reverse.
 */
@AnalyzeClasses(packages = "lategate", importOptions = ImportOption.DoNotIncludeTests.class)
class HexagonalArchitectureTest {

    @ArchTest
    static final ArchRule domainDependsOnNoAdapter = noClasses().that().resideInAPackage("lategate.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("lategate.app..", "lategate.cli..",
                    "lategate.settings..", "lategate.store..", "lategate.roster..", "lategate.contacts..", "lategate.tui..",
                    "lategate.scanner..", "lategate.badge..", "lategate.sync..", "lategate.reports..",
                    "lategate.letters..")
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
            .should().dependOnClassesThat().resideInAnyPackage("lategate.cli..", "lategate.settings..",
                    "lategate.store..", "lategate.roster..", "lategate.contacts..", "lategate.tui..",
                    "lategate.scanner..", "lategate.letters..", "lategate.reports..", "lategate.sync..", "lategate.badge..",
                    "java.sql..")
            .because("use cases talk to adapters through their ports");

    @ArchTest
    static final ArchRule onlyTheSerialAdapterTouchesSerialPorts = noClasses().that()
            .resideOutsideOfPackage("lategate.scanner.serial..")
            .should().dependOnClassesThat().resideInAPackage("com.fazecast..")
            .because("jSerialComm unpacks native code when it loads: a kiosk with no serial scanner never should");

    @ArchTest
    static final ArchRule serialReadingNeverReadsTheSystemClock = noClasses().that()
            .resideInAPackage("lategate.scanner..")
            .should().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Clock.class, "systemDefaultZone")
            .orShould().callMethod(Instant.class, "now")
            .because("a scan is stamped by the kiosk's clock, which --clock may set");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("lategate.(**)").should().beFreeOfCycles();
}
