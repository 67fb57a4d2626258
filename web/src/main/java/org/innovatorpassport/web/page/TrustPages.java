package org.innovatorpassport.web.page;

import static org.innovatorpassport.web.page.Html.text;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.innovatorpassport.assurance.api.NotificationView;
import org.innovatorpassport.assurance.api.PassportView;
import org.innovatorpassport.assurance.api.Passports;
import org.innovatorpassport.assurance.api.RelianceView;
import org.innovatorpassport.assurance.api.Reliances;
import org.innovatorpassport.platform.api.Caller;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Roles;

/**
 * An NHS trust's starting point: the assured products it may rely on, the passports it already
 * relies on, what it has been told about them, and how many assessments relying has saved.
 */
@Path("/trust")
@Produces(Replies.HTML)
public class TrustPages {

    @Inject
    Passports passports;

    @Inject
    Reliances reliances;

    @Inject
    Callers callers;

    @GET
    @RolesAllowed(Roles.TRUST)
    public String show() {
        Caller caller = callers.required();
        List<PassportView> assured = passports.list();
        List<RelianceView> mine = reliances.mine();
        Set<UUID> relied = mine.stream().map(RelianceView::passportId).collect(Collectors.toSet());
        Map<UUID, PassportView> byId = assured.stream().collect(Collectors.toMap(PassportView::id, Function.identity(), (a, b) -> a));
        long avoided = reliances.assessmentsAvoided();
        return Layout.page("Assured products", callers.current(),
                "<span class=\"nhsuk-caption-l\">" + text(caller.organisationName()) + "</span><h1>Assured products</h1>"
                        + "<p class=\"nhsuk-lede-text\">Rely on a product's innovator passport instead of repeating its DTAC "
                        + "assessment. Relying has saved <strong id=\"assessments-avoided\">" + avoided + "</strong> "
                        + (avoided == 1 ? "assessment" : "assessments") + " so far.</p>"
                        + products(assured, relied) + reliances(mine, byId) + notifications(reliances.notifications()));
    }

    private static String products(List<PassportView> assured, Set<UUID> relied) {
        List<List<String>> rows = new ArrayList<>();
        for (PassportView p : assured) {
            rows.add(List.of(Tables.link("/passports/" + p.id(), p.productName() + " " + p.productVersion()), text(p.supplierName()),
                    Tags.passport(p.status()), text(Dates.day(p.expiresOn())), relied.contains(p.id()) ? "Yes" : "No"));
        }
        return "<h2>Products with a passport</h2>" + Tables.tableOrNone("Products with an innovator passport",
                List.of("Product", "Supplier", "Passport", "Expires", "Your trust relies on it"), rows,
                "No product has a passport yet.");
    }

    private static String reliances(List<RelianceView> mine, Map<UUID, PassportView> passports) {
        List<List<String>> rows = new ArrayList<>();
        for (RelianceView r : mine) {
            PassportView p = passports.get(r.passportId());
            rows.add(List.of(Tables.link("/passports/" + r.passportId(), p == null ? "Passport" : p.productName() + " " + p.productVersion()),
                    p == null ? "" : Tags.passport(p.status()), text(r.reliedBy()), text(Dates.moment(r.reliedAt()))));
        }
        return "<h2>Passports your trust relies on</h2>" + Tables.tableOrNone("Passports your trust relies on",
                List.of("Product", "Passport", "Relied on by", "When"), rows, "Your trust does not rely on any passport yet.");
    }

    private static String notifications(List<NotificationView> notes) {
        List<List<String>> rows = new ArrayList<>();
        for (NotificationView n : notes) {
            rows.add(List.of(text(Dates.moment(n.createdAt())), text(n.message()),
                    n.passportId() == null ? "" : Tables.link("/passports/" + n.passportId(), "View", "the passport")));
        }
        return "<h2>Notifications</h2>" + Tables.tableOrNone("Messages about passports your trust relies on",
                List.of("When", "Message", "Passport"), rows, "You have no notifications.");
    }
}
