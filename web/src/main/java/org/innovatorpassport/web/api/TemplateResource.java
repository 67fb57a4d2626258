package org.innovatorpassport.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.templates.api.Template;
import org.innovatorpassport.templates.api.Templates;

/** The assurance templates: public, so suppliers can prepare before they register. */
@Path("/api/templates")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class TemplateResource {

    @Inject
    Templates templates;

    @GET
    public List<TemplateSummary> list() {
        return templates.all().stream().map(t -> new TemplateSummary(t.id(), t.version(), t.title(), t.effectiveFrom().toString())).toList();
    }

    @GET
    @Path("{id}/{version}")
    public Template one(@PathParam("id") String id, @PathParam("version") String version) {
        return templates.find(id, version).orElseThrow(() -> Problem.notFound("Template " + id + " version " + version));
    }

    public record TemplateSummary(String id, String version, String title, String effectiveFrom) {
    }
}
