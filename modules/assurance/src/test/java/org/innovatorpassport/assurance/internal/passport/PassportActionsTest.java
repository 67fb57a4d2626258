package org.innovatorpassport.assurance.internal.passport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.innovatorpassport.assurance.api.PassportAction;
import org.innovatorpassport.assurance.api.PassportStatus;
import org.innovatorpassport.platform.api.Caller;
import org.innovatorpassport.platform.api.OrganisationKind;
import org.innovatorpassport.platform.api.Roles;
import org.junit.jupiter.api.Test;

class PassportActionsTest {
    private static final UUID SUPPLIER = UUID.randomUUID();
    private static final String BODY = "National Digital Assurance Service";

    private static PassportRecord passport(PassportStatus status) {
        PassportRecord p = new PassportRecord();
        p.status = status;
        p.supplierId = SUPPLIER;
        p.assuranceBody = BODY;
        return p;
    }

    private static Optional<Caller> caller(String role, UUID organisation, String name) {
        return Optional.of(new Caller(UUID.randomUUID(), "x@example.org", "X", organisation, name, OrganisationKind.PLATFORM, Set.of(role)));
    }

    private static Set<PassportAction> allowed(PassportStatus status, Optional<Caller> caller) {
        return PassportActions.allowed(passport(status), caller);
    }

    @Test
    void theIssuingBodySuspendsOnlyAReliablePassportAndRevokesAnyNotYetRevokedOrReplaced() {
        Optional<Caller> assessor = caller(Roles.ASSESSOR, UUID.randomUUID(), BODY);
        assertEquals(EnumSet.of(PassportAction.SUSPEND, PassportAction.REVOKE), allowed(PassportStatus.ISSUED, assessor));
        assertEquals(EnumSet.of(PassportAction.SUSPEND, PassportAction.REVOKE), allowed(PassportStatus.EXPIRING, assessor));
        assertEquals(EnumSet.of(PassportAction.REVOKE), allowed(PassportStatus.EXPIRED, assessor));
        assertEquals(EnumSet.of(PassportAction.REVOKE), allowed(PassportStatus.SUSPENDED, assessor));
        assertEquals(EnumSet.noneOf(PassportAction.class), allowed(PassportStatus.REVOKED, assessor));
        assertEquals(EnumSet.noneOf(PassportAction.class), allowed(PassportStatus.SUPERSEDED, assessor));
    }

    @Test
    void anotherAssuranceBodyMayNotChangeIt() {
        assertEquals(EnumSet.noneOf(PassportAction.class), allowed(PassportStatus.ISSUED, caller(Roles.ASSESSOR, UUID.randomUUID(), "Other body")));
    }

    @Test
    void itsSupplierRenewsALapsedOrSuspendedPassportButNotARevokedOrReplacedOne() {
        Optional<Caller> supplier = caller(Roles.SUPPLIER, SUPPLIER, "Brightwell");
        for (PassportStatus status : EnumSet.of(PassportStatus.ISSUED, PassportStatus.EXPIRING, PassportStatus.EXPIRED, PassportStatus.SUSPENDED)) {
            assertEquals(EnumSet.of(PassportAction.RENEW), allowed(status, supplier), status.name());
        }
        assertEquals(EnumSet.noneOf(PassportAction.class), allowed(PassportStatus.REVOKED, supplier));
        assertEquals(EnumSet.noneOf(PassportAction.class), allowed(PassportStatus.SUPERSEDED, supplier));
        assertEquals(EnumSet.noneOf(PassportAction.class), allowed(PassportStatus.ISSUED, caller(Roles.SUPPLIER, UUID.randomUUID(), "Other")));
    }

    @Test
    void aTrustReliesOnlyOnAReliablePassportAndNobodyActsOutsideARequest() {
        Optional<Caller> trust = caller(Roles.TRUST, UUID.randomUUID(), "Royal Berkshire");
        assertEquals(EnumSet.of(PassportAction.RELY), allowed(PassportStatus.ISSUED, trust));
        assertEquals(EnumSet.noneOf(PassportAction.class), allowed(PassportStatus.SUSPENDED, trust));
        assertEquals(EnumSet.noneOf(PassportAction.class), allowed(PassportStatus.ISSUED, Optional.empty()));
    }
}
