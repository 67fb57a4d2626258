package org.innovatorpassport.it.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries of the application, and a planted violation (in {@code fixture}) that proves
 * the same rules do catch a module reaching into another's internals and a dependency cycle.
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
}
