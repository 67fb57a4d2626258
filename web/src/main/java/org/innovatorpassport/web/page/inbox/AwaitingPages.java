package org.innovatorpassport.web.page.inbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.innovatorpassport.assurance.api.AwaitingItem;
import org.innovatorpassport.assurance.api.AwaitingWork;
import org.innovatorpassport.platform.api.Caller;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Notification;
import org.innovatorpassport.platform.api.Notifications;
import org.innovatorpassport.platform.api.Roles;
import org.innovatorpassport.web.page.Replies;
import org.innovatorpassport.web.page.Shell;
import org.innovatorpassport.web.page.View;
import org.innovatorpassport.web.page.submission.SubmissionCriteria;

/** "Awaiting you": the caller's notifications, newest first, and the review work waiting for them, oldest first. */
@Path("/awaiting")
@Produces(Replies.HTML)
public class AwaitingPages {

    /** A notification with the page it is about, for this caller (null when the page has none). */
    public record NoticeLine(Notification notification, String href) {
    }

    /** A piece of waiting work with the page where it is done. */
    public record WorkLine(AwaitingItem item, String href) {
    }

    public record AwaitingScreen(Shell shell, List<NoticeLine> notices, List<WorkLine> work, boolean reviewer, String done) {
    }

    @Inject
    Notifications notifications;

    @Inject
    AwaitingWork awaiting;

    @Inject
    Callers callers;

    @GET
    @RolesAllowed({Roles.SUPPLIER, Roles.ASSESSOR, Roles.TRUST, Roles.BOARD, Roles.ADMIN})
    public View show(@QueryParam("done") String done) {
        Caller caller = callers.required();
        boolean reviewer = caller.hasRole(Roles.SUPPLIER) || caller.hasRole(Roles.ASSESSOR);
        List<NoticeLine> notices = notifications.mine().stream().map(n -> new NoticeLine(n, href(caller, n))).toList();
        List<WorkLine> work = reviewer ? awaiting.mine().stream().map(i -> new WorkLine(i, href(caller, i))).toList() : List.of();
        return new View("inbox/awaiting", new AwaitingScreen(Shell.of("Awaiting you", callers.current()), notices, work, reviewer, done));
    }

    @POST
    @Path("notifications/{id}/read")
    @RolesAllowed({Roles.SUPPLIER, Roles.ASSESSOR, Roles.TRUST, Roles.BOARD, Roles.ADMIN})
    public Response read(@PathParam("id") UUID id) {
        notifications.markRead(id);
        return Replies.seeOther("/awaiting?done=read");
    }

    private static String href(Caller caller, Notification notification) {
        return "submission".equals(notification.subjectType()) ? submission(caller, notification.subjectId()) : null;
    }

    private static String href(Caller caller, AwaitingItem item) {
        String page = submission(caller, item.submissionId());
        return switch (item.reason()) {
            case QUESTION -> page + "#clarification-" + SubmissionCriteria.key(item.criterionCode());
            case ANSWER -> page + "#" + SubmissionCriteria.anchor(item.criterionCode());
            default -> page;
        };
    }

    /** A supplier works on a submission on its own page; an assessor on the review page. */
    private static String submission(Caller caller, UUID id) {
        return (caller.hasRole(Roles.SUPPLIER) ? "/supplier/submissions/" : "/assessor/submissions/") + id;
    }
}
