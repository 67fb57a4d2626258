package org.innovatorpassport.it.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;

/** The rules that keep the modular monolith modular, for any root package (the real one or a fixture). */
final class ModuleRules {

    private ModuleRules() {
    }

    /** Outside a module, nothing may touch its {@code internal} package. */
    static ArchRule internalsStayInside(String root, List<String> modules) {
        List<ArchRule> rules = modules.stream().map(module -> (ArchRule) noClasses()
                .that().resideOutsideOfPackage(root + "." + module + "..")
                .should().dependOnClassesThat().resideInAPackage(root + "." + module + ".internal..")
                .as("only module " + module + " uses " + module + ".internal")).toList();
        CompositeArchRule all = CompositeArchRule.of(rules.get(0));
        for (ArchRule rule : rules.subList(1, rules.size())) {
            all = all.and(rule);
        }
        return all.as("each module exposes only its api package");
    }

    /** Modules depend on each other in one direction only. */
    static ArchRule noCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }
}
