package org.innovatorpassport.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** Pages at the root, the REST API under {@code /api}; both are JAX-RS resources. */
@ApplicationPath("/")
@OpenAPIDefinition(info = @Info(title = "Innovator Passport API", version = "1",
        description = "Assurance evidence submitted once, assessed once, and relied on by every NHS trust."))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API token made by the organisation's administrator (/account/api-tokens)")
public class PassportApplication extends Application {
}
