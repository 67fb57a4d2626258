package org.innovatorpassport.web.page;

import static org.innovatorpassport.web.page.Html.text;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.innovatorpassport.assurance.api.NotificationView;
import org.innovatorpassport.assurance.api.PassportStatus;
import org.innovatorpassport.assurance.api.PassportView;
import org.innovatorpassport.assurance.api.Passports;
import org.innovatorpassport.assurance.api.Reliances;
import org.innovatorpassport.assurance.api.SubmissionSummary;
import org.innovatorpassport.assurance.api.Submissions;
import org.innovatorpassport.catalogue.api.ProductView;
import org.innovatorpassport.catalogue.api.Products;
import org.innovatorpassport.onboarding.api.ChecklistItem;
import org.innovatorpassport.onboarding.api.Invitation;
import org.innovatorpassport.onboarding.api.Onboarding;
import org.innovatorpassport.onboarding.api.SupplierProfile;
import org.innovatorpassport.platform.api.Caller;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.platform.api.Roles;
import org.innovatorpassport.web.page.Violations.Wording;

/**
 * Where a supplier starts: its organisation, what is missing before it can submit, its products,
 * submissions and passports, its colleagues and what it has been told.
 */
@Path("/supplier")
@Produces(Replies.HTML)
public class SupplierDashboardPage {
    private static final Map<String, Wording> INVITE = Map.of("email",
            new Wording("Your colleague's email address", "Enter your colleague's email address"));

    @Inject
    Callers callers;

    @Inject
    Onboarding onboarding;

    @Inject
    Products products;

    @Inject
    Submissions submissions;

    @Inject
    Passports passports;

    @Inject
    Reliances reliances;

    @Inject
    Validator validator;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed(Roles.SUPPLIER)
    public String show() {
        return render(null, "");
    }

    /**
     * The invitation link is shown on the answer to this post rather than after a redirect: only its
     * hash is stored, so this is the one moment it can be shown, and it must not sit in a URL.
     */
    @POST
    @Path("invitations")
    @RolesAllowed(Roles.SUPPLIER_ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response invite(MultivaluedMap<String, String> fields) {
        String email = new FormInput(fields).text("email");
        Problem refused = Violations.refusal(validator.validate(new Colleague(email)), INVITE);
        if (refused == null) {
            try {
                Invitation invitation = onboarding.invite(callers.required().organisationId(), email);
                return Response.ok(InvitationPages.created(invitation, uri.getBaseUri().toString(), callers.current()))
                        .type(Replies.HTML).header("Cache-Control", "no-store").build();
            } catch (RuntimeException e) {
                refused = Replies.refusal(e);
            }
        }
        return Replies.page(refused.status(), render(refused, email));
    }

    /** What the form must hold before the module is asked: an address that can receive the link. */
    record Colleague(@NotBlank @Email @Size(max = 200) String email) {
    }

    private String render(Problem problem, String typedEmail) {
        Caller caller = callers.required();
        SupplierProfile profile = onboarding.profile(caller.organisationId());
        String body = Forms.errorSummary(problem, List.of("email"), field -> "email".equals(field) ? "email" : null)
                + "<span class=\"nhsuk-caption-l\">Your organisation</span><h1>" + text(profile.legalName()) + "</h1>"
                + organisation(profile)
                + checklist(onboarding.checklist(caller.organisationId()))
                + products(products.ofSupplier(caller.organisationId()))
                + submissions(submissions.list())
                + passports(passports.list())
                + (caller.hasRole(Roles.SUPPLIER_ADMIN) ? colleagues(caller, problem, typedEmail) : "")
                + notifications();
        return Layout.page(Forms.title("Your organisation", problem), callers.current(), body);
    }

    private static String organisation(SupplierProfile p) {
        return "<h2>Organisation details</h2>" + Tables.summary(List.of(
                Tables.row("Legal name", text(p.legalName())),
                Tables.row("Companies House number", text(p.companiesHouseNumber())),
                Tables.row("Registered address", Tables.lines(p.registeredAddress())),
                Tables.row("ICO registration number", text(p.icoNumber())),
                Tables.row("DSPT ODS code", text(p.dsptOdsCode())),
                Tables.row("Main contact", text(p.contactName()) + "<br>" + text(p.contactEmail())
                        + (p.contactPhone() == null ? "" : "<br>" + text(p.contactPhone())))));
    }

    /** The NHS.UK task list: each thing needed before a submission, done or not. */
    private static String checklist(List<ChecklistItem> items) {
        StringBuilder list = new StringBuilder("<ul class=\"nhsuk-task-list\">");
        for (int i = 0; i < items.size(); i++) {
            ChecklistItem item = items.get(i);
            list.append("<li class=\"nhsuk-task-list__item\"><div class=\"nhsuk-task-list__name-and-hint\"><div>")
                    .append(text(item.description())).append("</div></div><div class=\"nhsuk-task-list__status\" id=\"checklist-")
                    .append(i + 1).append("-status\">").append(Tags.done(item.done())).append("</div></li>");
        }
        return "<h2>Before you submit for assurance</h2>" + list.append("</ul>");
    }

    private static String products(List<ProductView> mine) {
        List<List<String>> rows = new ArrayList<>();
        for (ProductView p : mine) {
            rows.add(List.of(Tables.link("/supplier/products/" + p.id(), p.details().name()), text(p.details().version()),
                    text(Dates.moment(p.updatedAt()))));
        }
        return "<h2>Products</h2>" + Tables.tableOrNone("Your products", List.of("Product", "Version", "Last changed"), rows,
                "You have not described a product yet.") + Forms.buttonLink("/supplier/products/new", "Describe a product");
    }

    private static String submissions(List<SubmissionSummary> mine) {
        List<List<String>> rows = new ArrayList<>();
        for (SubmissionSummary s : mine) {
            rows.add(List.of(Tables.link("/supplier/submissions/" + s.id(), s.productName() + " " + s.productVersion()),
                    text(SubmissionCriteria.assessment(s.templateId(), s.templateVersion())), Tags.submission(s.status()),
                    text(Dates.moment(s.updatedAt()))));
        }
        return "<h2>Submissions</h2>" + Tables.tableOrNone("Your submissions for assurance",
                List.of("Product", "Assessment", "Status", "Last changed"), rows,
                "You have no submissions yet. Open a product to start one.");
    }

    private static String passports(List<PassportView> mine) {
        List<List<String>> rows = new ArrayList<>();
        for (PassportView p : mine) {
            rows.add(List.of(Tables.link("/passports/" + p.id(), p.productName() + " " + p.productVersion()),
                    Tags.passport(p.status()), text(Dates.day(p.expiresOn())), renewal(p)));
        }
        return "<h2>Passports</h2>" + Tables.tableOrNone("Your innovator passports",
                List.of("Product", "Status", "Expires", "Action"), rows, "You have no passports yet.");
    }

    /** Renewal carries every answer over, so it is offered once a passport exists and has not been replaced. */
    static String renewal(PassportView p) {
        boolean renewable = p.status() == PassportStatus.ISSUED || p.status() == PassportStatus.EXPIRING
                || p.status() == PassportStatus.EXPIRED;
        return renewable ? Forms.action("/passports/" + p.id() + "/renewal", Forms.secondaryButton("Renew"
                + "<span class=\"nhsuk-u-visually-hidden\"> the passport for " + text(p.productName()) + " "
                + text(p.productVersion()) + "</span>")) : "";
    }

    private String colleagues(Caller caller, Problem problem, String typedEmail) {
        List<List<String>> rows = new ArrayList<>();
        for (Invitation i : onboarding.invitations(caller.organisationId())) {
            rows.add(List.of(text(i.email()), i.acceptedAt() != null ? Tags.tag("Accepted", "green")
                    : Tags.tag("Waiting", "yellow"), text(i.acceptedAt() != null ? Dates.moment(i.acceptedAt())
                    : "Link expires " + Dates.moment(i.expiresAt()))));
        }
        Control email = Control.of("email", INVITE.get("email").label())
                .hint("We will give you a link to send them. It works once.").errorFrom(Forms.errors(problem), "email");
        return "<h2>Colleagues</h2>" + Tables.tableOrNone("Invitations you have sent", List.of("Email", "Status", "When"),
                rows, "You have not invited anyone yet.")
                + "<form method=\"post\" action=\"/supplier/invitations\" novalidate>"
                + Forms.input(email, typedEmail, "autocomplete=\"off\" spellcheck=\"false\" inputmode=\"email\"")
                + Forms.button("Invite colleague") + "</form>";
    }

    private String notifications() {
        List<NotificationView> notes;
        try {
            notes = reliances.notifications();
        } catch (RuntimeException e) {
            // Notifications are a side panel: a refusal here must not take the dashboard down.
            Replies.refusal(e);
            notes = List.of();
        }
        List<List<String>> rows = new ArrayList<>();
        for (NotificationView n : notes) {
            rows.add(List.of(text(Dates.moment(n.createdAt())), text(n.message()),
                    n.passportId() == null ? "" : Tables.link("/passports/" + n.passportId(), "View passport")));
        }
        return "<h2>Notifications</h2>" + Tables.tableOrNone("Messages about your passports", List.of("When", "Message", "Passport"),
                rows, "You have no notifications.");
    }
}
