package org.innovatorpassport.web.page.adoption;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Predicate;
import org.innovatorpassport.adoption.api.AdoptionNotifications;
import org.innovatorpassport.adoption.api.Adoptions;
import org.innovatorpassport.adoption.api.NotificationView;
import org.innovatorpassport.assurance.api.PassportView;
import org.innovatorpassport.assurance.api.Passports;
import org.innovatorpassport.platform.api.Caller;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.platform.api.Roles;
import org.innovatorpassport.web.page.Choice;
import org.innovatorpassport.web.page.Shell;

/**
 * What the adoption pages and the board pages both start from: the signed-in caller (the role checks
 * of the resources already refused anyone else), the page shell, the pipelines and notices the
 * modules let the caller see, and the product versions a form may offer.
 */
@RequestScoped
public class AdoptionPageContext {

    @Inject
    Adoptions adoptions;

    @Inject
    AdoptionNotifications notifications;

    @Inject
    Passports passports;

    @Inject
    Callers callers;

    public Adoptions adoptions() {
        return adoptions;
    }

    public AdoptionNotifications notifications() {
        return notifications;
    }

    /** The signed-in caller (401 when anonymous). */
    public Caller caller() {
        return callers.required();
    }

    public Shell shell(String title, Problem problem) {
        return Shell.of(title, callers.current(), problem);
    }

    /** The notices of a trust user or a board member; nobody else gets adoption notices. */
    public List<NotificationView> notices(Caller caller) {
        return caller.hasRole(Roles.TRUST) || caller.hasRole(Roles.BOARD) ? notifications.mine() : List.of();
    }

    /** Product versions with a passport that passes {@code which}, once each, as form choices. */
    public List<Choice> products(Predicate<PassportView> which) {
        return passports.list().stream().filter(which)
                .map(p -> new Choice(p.productId().toString(), p.productName() + " " + p.productVersion())).distinct().toList();
    }
}
