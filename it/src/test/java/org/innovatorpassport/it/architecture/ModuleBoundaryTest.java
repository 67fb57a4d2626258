package org.innovatorpassport.it.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries of the application, and planted violations (in {@code fixture}) that prove
 * the same rules do catch a module reaching into another's internals, a dependency cycle between
 * modules, and one between two packages of the same module.
 */
class ModuleBoundaryTest {
    static final String ROOT = "org.innovatorpassport";
    static final List<String> MODULES = List.of("platform", "templates", "onboarding", "catalogue", "assurance",
            "adoption", "search", "web");

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("/it/target/"))
            .importPackages(ROOT);

    @Test
    void modulesUseOnlyEachOthersApi() {
        ModuleRules.internalsStayInside(ROOT, MODULES).check(APPLICATION);
    }

    @Test
    void modulesFormNoCycle() {
        ModuleRules.noCycles(ROOT).check(APPLICATION);
    }

    @Test
    void packagesOfEachModuleFormNoCycle() {
        ModuleRules.noPackageCycles(ROOT, MODULES).check(APPLICATION);
    }

    @Test
    void aModuleReachingIntoAnothersInternalsIsCaught() {
        JavaClasses planted = new ClassFileImporter().importPackages(ROOT + ".it.architecture.fixture");
        assertThrows(AssertionError.class, () -> ModuleRules.internalsStayInside(ROOT + ".it.architecture.fixture",
                List.of("alpha", "beta")).check(planted));
    }

    @Test
    void aCycleBetweenModulesIsCaught() {
        JavaClasses planted = new ClassFileImporter().importPackages(ROOT + ".it.architecture.fixture");
        assertThrows(AssertionError.class, () -> ModuleRules.noCycles(ROOT + ".it.architecture.fixture").check(planted));
    }

    @Test
    void aCycleBetweenPackagesOfOneModuleIsCaught() {
        JavaClasses planted = new ClassFileImporter().importPackages(ROOT + ".it.architecture.fixture");
        AssertionError caught = assertThrows(AssertionError.class, () -> ModuleRules.noPackageCycles(
                ROOT + ".it.architecture.fixture", List.of("alpha", "beta", "gamma")).check(planted));
        assertTrue(caught.getMessage().contains("gamma.internal.question"), caught.getMessage());
    }

    @Test
    void aCycleBetweenModulesIsNotTakenForOneBetweenPackages() {
        JavaClasses planted = new ClassFileImporter().importPackages(ROOT + ".it.architecture.fixture");
        ModuleRules.noPackageCycles(ROOT + ".it.architecture.fixture", List.of("alpha", "beta")).check(planted);
    }
}
