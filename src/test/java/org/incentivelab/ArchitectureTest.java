package org.incentivelab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Random;

/** DESIGN §3 and §5: the engine runs headless, and all randomness comes from seeded {@code math.Rng} streams. */
@AnalyzeClasses(packages = "org.incentivelab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule shouldKeepJavaFxInsideTheUiPackage = noClasses()
            .that().resideInAPackage("org.incentivelab..")
            .and().resideOutsideOfPackage("org.incentivelab.ui..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the engine, the CLI and the reports must run headless (DESIGN §3)");

    @ArchTest
    static final ArchRule shouldNotUseJavaUtilRandom = noClasses()
            .that().resideInAPackage("org.incentivelab..")
            .should().dependOnClassesThat().areAssignableTo(Random.class)
            .because("every component draws from its own seeded Rng stream so runs replay bit for bit (DESIGN §5)");

    @ArchTest
    static final ArchRule shouldNotCallMathRandom = noClasses()
            .that().resideInAPackage("org.incentivelab..")
            .should().callMethod(Math.class, "random")
            .orShould().callMethod(StrictMath.class, "random")
            .because("Math.random is an unseeded global stream (DESIGN §5)");
}
