package org.innovatorpassport.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.innovatorpassport.platform.api.Directory.OrganisationView;
import org.innovatorpassport.platform.api.Directory.SignInFailure;
import org.innovatorpassport.platform.api.Directory.UserView;
import org.innovatorpassport.platform.api.OrganisationKind;
import org.innovatorpassport.platform.api.Roles;
import org.innovatorpassport.web.page.admin.UserAdminPages.UserAdminScreen;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class UserAdminPageTest {

    @Test
    void anActiveUserCanBeDeactivatedAndTheirRolesChangedWithTheFormToken() {
        UUID id = UUID.randomUUID();
        UserView user = new UserView(id, UUID.randomUUID(), "t@example.org", "T <User>", Set.of("trust"), true);
        FormToken.set("t0ken");
        Document page;
        try {
            page = Rendered.page("admin/users", new UserAdminScreen(Shell.of("Users", Samples.assessor()), "t@example.org",
                    Optional.of(user), Optional.of(new OrganisationView(UUID.randomUUID(), OrganisationKind.NHS_TRUST, "Trust", "RHW")),
                    List.of(new SignInFailure(Instant.parse("2026-12-07T10:00:00Z"), "10.0.0.7")), Roles.ALL, null, ErrorSummary.NONE));
        } finally {
            FormToken.set(null);
        }
        assertEquals("T <User>", page.selectFirst("main h2").text());
        assertEquals("false", page.selectFirst("form[action=/admin/users/" + id + "/active] input[name=active]").val());
        assertEquals("t0ken", page.selectFirst("form[action=/admin/users/" + id + "/roles] input[name=csrf]").val());
        assertNotNull(page.selectFirst("input[name=role-trust][checked]"));
        assertTrue(page.text().contains("10.0.0.7"));
    }
}
