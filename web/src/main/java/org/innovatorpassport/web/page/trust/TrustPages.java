package org.innovatorpassport.web.page.trust;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Roles;
import org.innovatorpassport.web.page.Replies;
import org.innovatorpassport.web.page.Shell;
import org.innovatorpassport.web.page.View;

/**
 * An NHS trust's starting point: the assured products it may rely on, the passports it already
 * relies on, what it has been told about them, and how many assessments relying has saved.
 */
@Path("/trust")
@Produces(Replies.HTML)
public class TrustPages {

    /** What a trust sees; {@code passports} finds the passport of each reliance by id. */
    public record TrustScreen(Shell shell, String trustName, List<PassportView> assured, Set<UUID> relied,
                              List<RelianceView> reliances, Map<UUID, PassportView> passports, long assessmentsAvoided,
                              List<NotificationView> notifications) {
    }

    @Inject
    Passports passports;

    @Inject
    Reliances reliances;

    @Inject
    Callers callers;

    @GET
    @RolesAllowed(Roles.TRUST)
    public View show() {
        List<PassportView> assured = passports.list();
        List<RelianceView> mine = reliances.mine();
        Set<UUID> relied = mine.stream().map(RelianceView::passportId).collect(Collectors.toSet());
        Map<UUID, PassportView> byId = assured.stream().collect(Collectors.toMap(PassportView::id, Function.identity(), (a, b) -> a));
        return new View("trust/trust", new TrustScreen(Shell.of("Assured products", callers.current()),
                callers.required().organisationName(), assured, relied, mine, byId, reliances.assessmentsAvoided(),
                reliances.notifications()));
    }
}
