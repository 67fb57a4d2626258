package org.innovatorpassport.it.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.List;
import java.util.function.Function;

/** The rules that keep the modular monolith modular, for any root package (the real one or a fixture). */
final class ModuleRules {

    private ModuleRules() {
    }

    /** Outside a module, nothing may touch its {@code internal} package. */
    static ArchRule internalsStayInside(String root, List<String> modules) {
        return everyModule(modules, module -> noClasses()
                .that().resideOutsideOfPackage(root + "." + module + "..")
                .should().dependOnClassesThat().resideInAPackage(root + "." + module + ".internal..")
                .as("only module " + module + " uses " + module + ".internal"))
                .as("each module exposes only its api package");
    }

    /** Modules depend on each other in one direction only. */
    static ArchRule noCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    /**
     * Inside a module, packages depend on each other in one direction only. Every package is its own
     * slice (the module's root, {@code api}, {@code internal} and each package below it), because a
     * package is the unit a reader takes in at once: two that need each other are one idea split in
     * two, or a missing third. A module with no classes yet (adoption) has nothing to check.
     */
    static ArchRule noPackageCycles(String root, List<String> modules) {
        return everyModule(modules, module -> slices().assignedFrom(packagesOf(root + "." + module))
                .should().beFreeOfCycles().allowEmptyShould(true)
                .as("the packages of module " + module + " form no cycle"))
                .as("each module's packages depend on each other in one direction only");
    }

    /** Each class of the module in a slice named after its package; classes of other modules in none. */
    private static SliceAssignment packagesOf(String modulePackage) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                return name.equals(modulePackage) || name.startsWith(modulePackage + ".")
                        ? SliceIdentifier.of(name) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "packages of " + modulePackage;
            }
        };
    }

    private static CompositeArchRule everyModule(List<String> modules, Function<String, ArchRule> rule) {
        CompositeArchRule all = CompositeArchRule.of(rule.apply(modules.get(0)));
        for (String module : modules.subList(1, modules.size())) {
            all = all.and(rule.apply(module));
        }
        return all;
    }
}
