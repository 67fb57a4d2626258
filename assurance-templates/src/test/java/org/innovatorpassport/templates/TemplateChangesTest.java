package org.innovatorpassport.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.innovatorpassport.templates.api.Criterion;
import org.innovatorpassport.templates.api.Section;
import org.innovatorpassport.templates.api.Template;
import org.junit.jupiter.api.Test;

/** A new template version names the criteria that decisions made against the earlier one no longer vouch for. */
class TemplateChangesTest {

    @Test
    void theSameVersionChangesNothing() {
        assertTrue(BuiltInTemplates.dtac().changedSince(BuiltInTemplates.dtac()).isEmpty());
    }

    @Test
    void aNewVersionNamesItsNewAndChangedCriteriaOnly() {
        Template two = BuiltInTemplates.dtac();
        Criterion first = two.sections().get(0).criteria().get(0);
        Criterion reworded = new Criterion(first.code(), first.question() + " (including trading names)", first.guidance(),
                first.type(), first.options(), first.format(), first.required(), first.notApplicableAllowed(), first.condition(),
                first.scored(), first.points(), first.evidence(), first.expectation());
        Criterion added = new Criterion("A99", "Do you hold ISO 27001 certification?", null, first.type(), first.options(),
                first.format(), false, false, null, false, null, null, null);
        List<Section> sections = new ArrayList<>();
        for (Section section : two.sections()) {
            List<Criterion> criteria = new ArrayList<>(section.criteria());
            if (section == two.sections().get(0)) {
                criteria.set(0, reworded);
                criteria.add(added);
            }
            sections.add(new Section(section.code(), section.title(), section.scored(), section.requiredForPass(),
                    section.reviewerRole(), criteria));
        }
        Template three = new Template(two.id(), "3", "DTAC version 3", two.effectiveFrom().plusYears(1), sections, two.passRule());

        Map<String, String> changed = three.changedSince(two);

        assertEquals(List.of(first.code(), "A99"), List.copyOf(changed.keySet()));
        assertEquals("Changed in DTAC version 3 since version " + two.version(), changed.get(first.code()));
        assertEquals("New in DTAC version 3", changed.get("A99"));
    }
}
