package org.innovatorpassport.web.page.assessor;

import java.util.List;
import java.util.UUID;
import org.innovatorpassport.assurance.api.Assignment;
import org.innovatorpassport.assurance.api.Assignments.Colleague;
import org.innovatorpassport.web.page.Choice;

/**
 * Who reviews the submission, and the form that assigns it to the assessor or a colleague of their
 * assurance body; {@code error} is why the last assignment was refused.
 */
public record AssignmentPanel(Assignment assignment, List<Colleague> colleagues, UUID me, String error) {
    public static final AssignmentPanel NONE = new AssignmentPanel(new Assignment(null, null, null, null, null, null, false),
            List.of(), null, null);

    public String assignee() {
        if (assignment.assessorId() == null) {
            return "Nobody yet";
        }
        return assignment.assessorId().equals(me) ? assignment.assessorName() + " (you)" : assignment.assessorName();
    }

    public boolean mineAlready() {
        return me != null && me.equals(assignment.assessorId());
    }

    public List<Choice> choices() {
        return colleagues.stream().map(c -> new Choice(c.id().toString(), c.id().equals(me) ? c.name() + " (you)" : c.name())).toList();
    }

    public String chosen() {
        return assignment.assessorId() == null ? (me == null ? "" : me.toString()) : assignment.assessorId().toString();
    }
}
