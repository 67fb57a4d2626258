package org.innovatorpassport.web.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.Set;
import org.innovatorpassport.platform.api.Roles;
import org.innovatorpassport.web.security.DeclaredAccess;
import org.junit.jupiter.api.Test;

class TruthfulDocumentTest {

    @Test
    void anOperationIdLeadsBackToItsResourceMethodAndItsAccess() {
        Method verify = TruthfulDocument.resourceMethod("org.innovatorpassport.web.api.PassportResource_verify").orElseThrow();
        assertEquals(Optional.empty(), DeclaredAccess.roles(verify.getDeclaringClass(), verify), "verification is public");
        Method audit = TruthfulDocument.resourceMethod("org.innovatorpassport.web.api.SupplierResource_register").orElseThrow();
        assertEquals(Optional.empty(), DeclaredAccess.roles(audit.getDeclaringClass(), audit), "registration is public");
        Method me = TruthfulDocument.resourceMethod("org.innovatorpassport.web.api.ProductResource_create").orElseThrow();
        assertEquals(Optional.of(Set.of(Roles.SUPPLIER)), DeclaredAccess.roles(me.getDeclaringClass(), me));
    }

    @Test
    void anIdThatNamesNoResourceMethodIsNotTraced() {
        assertTrue(TruthfulDocument.resourceMethod("verify").isEmpty());
        assertTrue(TruthfulDocument.resourceMethod("org.example.Missing_verify").isEmpty());
        assertTrue(TruthfulDocument.resourceMethod("org.innovatorpassport.web.api.PassportResource_noSuchMethod").isEmpty());
        assertTrue(TruthfulDocument.resourceMethod(null).isEmpty());
    }

    @Test
    void everyStatusARefusalDescribesHasProblemTypes() {
        for (String status : Set.of("400", "401", "403", "404", "409", "410", "413", "415", "500", "503")) {
            assertTrue(ProblemTypes.uris(status).stream().allMatch(uri -> uri.startsWith("/problems/")), status);
            assertTrue(!ProblemTypes.uris(status).isEmpty(), status);
        }
    }
}
