package org.innovatorpassport.web.page.adoption;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.innovatorpassport.adoption.api.AdoptionStage;
import org.innovatorpassport.adoption.api.AdoptionStart;
import org.innovatorpassport.adoption.api.AdoptionView;
import org.innovatorpassport.adoption.api.NotificationView;
import org.innovatorpassport.adoption.api.StageMove;
import org.innovatorpassport.platform.api.Caller;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.platform.api.Roles;
import org.innovatorpassport.web.page.Choice;
import org.innovatorpassport.web.page.ErrorSummary;
import org.innovatorpassport.web.page.FormInput;
import org.innovatorpassport.web.page.Replies;
import org.innovatorpassport.web.page.Shell;
import org.innovatorpassport.web.page.View;

/**
 * A trust's pipelines (and, read-only, those a board or a supplier may see): the list with the
 * notices about them, one pipeline with its history and the moves the module allows now.
 */
@Path("/adoptions")
@Produces(Replies.HTML)
public class AdoptionPages {

    /** The list; {@code products} are the assured product versions a trust may take an interest in. */
    public record AdoptionsScreen(Shell shell, boolean trust, List<AdoptionView> adoptions, List<Choice> products,
                                  List<NotificationView> notifications, ErrorSummary summary, Map<String, String> errors) {
    }

    /**
     * One pipeline; {@code typedReason} keeps what was typed when a move was refused; {@code renewal} is
     * the trust's unread notice that a renewal superseded the pipeline's passport, which offers the carry-over.
     */
    public record PipelineScreen(Shell shell, AdoptionView adoption, String done, ErrorSummary summary, Map<String, String> errors,
                                 String typedReason, NotificationView renewal) {
    }

    @Inject
    AdoptionPageContext context;

    @GET
    @RolesAllowed({Roles.TRUST, Roles.BOARD, Roles.SUPPLIER, Roles.ADMIN})
    public View list() {
        return listScreen(null);
    }

    @POST
    @RolesAllowed(Roles.TRUST)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(MultivaluedMap<String, String> fields) {
        UUID product = uuid(new FormInput(fields).text("productId"));
        return Replies.attempt(() -> Replies.seeOther("/adoptions/" + context.adoptions().start(new AdoptionStart(product)).id() + "?done=started"),
                this::listScreen);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.TRUST, Roles.BOARD, Roles.SUPPLIER, Roles.ADMIN})
    public View show(@PathParam("id") UUID id, @QueryParam("done") String done) {
        return pipeline(context.adoptions().get(id), done, null, "");
    }

    @POST
    @Path("{id}/moves")
    @RolesAllowed(Roles.TRUST)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        FormInput form = new FormInput(fields);
        AdoptionStage stage = stage(form.text("stage"));
        String reason = form.text("reason");
        return Replies.attempt(() -> {
            context.adoptions().move(id, new StageMove(stage, reason), form.number("revision"));
            return Replies.seeOther("/adoptions/" + id + "?done=moved");
        }, refused -> pipeline(context.adoptions().get(id), null, refused, reason));
    }

    /** The one-step answer to a renewal notice: rely on the new passport and carry the pipeline over to it. */
    @POST
    @Path("{id}/carry-over")
    @RolesAllowed(Roles.TRUST)
    public Response carryOver(@PathParam("id") UUID id) {
        return Replies.attempt(() -> {
            context.adoptions().carryOver(id);
            return Replies.seeOther("/adoptions/" + id + "?done=carried");
        }, refused -> pipeline(context.adoptions().get(id), null, refused, ""));
    }

    @POST
    @Path("notifications/{id}/read")
    @RolesAllowed({Roles.TRUST, Roles.BOARD})
    public Response markRead(@PathParam("id") UUID id) {
        context.notifications().markRead(id);
        return Replies.seeOther(context.caller().hasRole(Roles.TRUST) ? "/adoptions" : "/boards");
    }

    private View listScreen(Problem problem) {
        Caller caller = context.caller();
        boolean trust = caller.hasRole(Roles.TRUST);
        List<Choice> products = trust ? context.products(p -> p.status().reliable()) : List.of();
        String title = trust ? "Your trust's adoptions" : "Adoptions";
        return new View("adoption/list", new AdoptionsScreen(context.shell(title, problem), trust, context.adoptions().visible(),
                products, context.notices(caller), ErrorSummary.of(problem, List.of("productId"), f -> "productId".equals(f) ? "productId" : null),
                problem == null ? Map.of() : problem.fieldErrors()));
    }

    private View pipeline(AdoptionView adoption, String done, Problem problem, String typedReason) {
        String title = adoption.productName() + " " + adoption.productVersion() + " at " + adoption.trustName();
        ErrorSummary summary = ErrorSummary.of(problem, List.of("to", "reason"), f -> "reason".equals(f) ? "reason" : "to".equals(f) ? "stage" : null);
        Caller caller = context.caller();
        Optional<NotificationView> renewal = caller.hasRole(Roles.TRUST) ? context.notices(caller).stream()
                .filter(n -> n.adoptionId().equals(adoption.id()) && n.offersCarryOver()).findFirst() : Optional.empty();
        return new View("adoption/pipeline", new PipelineScreen(context.shell(title, problem), adoption, done, summary,
                problem == null ? Map.of() : problem.fieldErrors(), typedReason, renewal.orElse(null)));
    }

    static UUID uuid(String text) {
        try {
            return text.isBlank() ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static AdoptionStage stage(String text) {
        try {
            return text.isBlank() ? null : AdoptionStage.valueOf(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
