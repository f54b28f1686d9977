package lategate.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import lategate.app.PinCost;

/**
 * The PIN-hash cost is chosen by tests only: the product hashes with {@link PinCost#STANDARD}, and no
 * class of it makes another cost, so a cheap one can never reach a kiosk. (It is passed as a value, not
 * read from a system property or a static flag, so there is nothing in the product to switch.)
 */
@AnalyzeClasses(packages = "lategate", importOptions = ImportOption.DoNotIncludeTests.class)
class OnlyTestsChoosePinCostTest {

    @ArchTest
    static final ArchRule productNeverMakesAPinCost = noClasses().that().doNotHaveFullyQualifiedName(
                    PinCost.class.getName())
            .should().callMethod(PinCost.class, "ofIterations", int.class)
            .because("production always hashes PINs at PinCost.STANDARD; a cheaper cost is for tests only");
}
