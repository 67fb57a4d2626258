package org.innovatorpassport.onboarding.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.innovatorpassport.catalogue.api.Products;
import org.innovatorpassport.onboarding.api.Acceptance;
import org.innovatorpassport.onboarding.api.ChecklistItem;
import org.innovatorpassport.onboarding.api.Colleague;
import org.innovatorpassport.onboarding.api.Invitation;
import org.innovatorpassport.onboarding.api.Onboarding;
import org.innovatorpassport.onboarding.api.ProfileChange;
import org.innovatorpassport.onboarding.api.Registration;
import org.innovatorpassport.onboarding.api.SupplierProfile;
import org.innovatorpassport.platform.api.AuditLog;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Directory;
import org.innovatorpassport.platform.api.OrganisationKind;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.platform.api.Roles;
import org.innovatorpassport.platform.api.Validity;

@ApplicationScoped
@Transactional
class JpaOnboarding implements Onboarding {
    static final Duration INVITATION_LIFETIME = Duration.ofDays(7);
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "onboarding")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Directory directory;

    @Inject
    Products products;

    @Inject
    Callers callers;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Override
    public SupplierProfile register(Registration r) {
        Validity.require(validator, r);
        if (directory.userByEmail(r.contactEmail()).isPresent()) {
            throw new Problem(409, "email-taken", "Email already registered", "An account with this email address already exists.",
                    java.util.Map.of("contactEmail", "An account with this email address already exists; sign in instead"));
        }
        var organisation = directory.createOrganisation(new Directory.NewOrganisation(null, OrganisationKind.SUPPLIER,
                r.legalName().trim(), null));
        directory.createUser(new Directory.NewUser(null, organisation.id(), r.contactEmail(), r.contactName().trim(),
                r.password(), Set.of(Roles.SUPPLIER_ADMIN)));
        SupplierRecord record = new SupplierRecord();
        record.organisationId = organisation.id();
        apply(record, r.legalName(), r.companiesHouseNumber(), r.registeredAddress(), r.icoNumber(), r.dsptOdsCode(),
                r.contactName(), r.contactEmail(), r.contactPhone());
        record.createdAt = clock.instant();
        record.updatedAt = record.createdAt;
        em.persist(record);
        audit.record("supplier.registered", "organisation", organisation.id(), record.legalName + " (" + record.companiesHouseNumber + ")");
        return record.view();
    }

    @Override
    public SupplierProfile profile(UUID organisationId) {
        return load(organisationId).view();
    }

    @Override
    public Map<UUID, SupplierProfile> profiles(Collection<UUID> organisationIds) {
        if (organisationIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select s from SupplierRecord s where s.organisationId in :ids", SupplierRecord.class)
                .setParameter("ids", organisationIds).getResultStream()
                .collect(Collectors.toMap(s -> s.organisationId, SupplierRecord::view));
    }

    @Override
    public SupplierProfile update(UUID organisationId, ProfileChange c) {
        Validity.require(validator, c);
        SupplierRecord record = load(organisationId);
        if (record.version != c.revision()) {
            throw Problem.conflict("Your organisation's details were changed by someone else. Reload them and try again.");
        }
        String before = record.legalName + ", ICO " + record.icoNumber + ", DSPT " + record.dsptOdsCode;
        apply(record, c.legalName(), c.companiesHouseNumber(), c.registeredAddress(), c.icoNumber(), c.dsptOdsCode(),
                c.contactName(), c.contactEmail(), c.contactPhone());
        record.updatedAt = clock.instant();
        em.flush();
        audit.record("supplier.updated", "organisation", organisationId,
                before + " -> " + record.legalName + ", ICO " + record.icoNumber + ", DSPT " + record.dsptOdsCode);
        return record.view();
    }

    @Override
    public Invitation invite(UUID organisationId, String email) {
        Validity.require(validator, new Colleague(email));
        load(organisationId);
        String normalised = email.trim().toLowerCase(Locale.ROOT);
        if (directory.userByEmail(normalised).isPresent()) {
            throw Problem.invalid("email", "This person already has an account");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        InvitationRecord invitation = new InvitationRecord();
        invitation.id = UUID.randomUUID();
        invitation.organisationId = organisationId;
        invitation.email = normalised;
        invitation.tokenHash = hash(token);
        invitation.invitedBy = callers.required().userId();
        invitation.createdAt = clock.instant();
        invitation.expiresAt = invitation.createdAt.plus(INVITATION_LIFETIME);
        em.persist(invitation);
        audit.record("invitation.sent", "organisation", organisationId, "invited " + normalised);
        return invitation.view(token);
    }

    @Override
    public List<Invitation> invitations(UUID organisationId) {
        return em.createQuery("select i from InvitationRecord i where i.organisationId = :o order by i.createdAt desc",
                InvitationRecord.class).setParameter("o", organisationId).getResultStream().map(i -> i.view(null)).toList();
    }

    @Override
    public Invitation pending(String token) {
        return usable(token).view(null);
    }

    @Override
    public void accept(String token, String displayName, String password) {
        Validity.require(validator, new Acceptance(displayName, password));
        InvitationRecord invitation = usable(token);
        invitation.acceptedAt = clock.instant();
        directory.createUser(new Directory.NewUser(null, invitation.organisationId, invitation.email, displayName.trim(),
                password, Set.of()));
        em.flush();
        audit.record("invitation.accepted", "organisation", invitation.organisationId, invitation.email + " joined");
    }

    @Override
    public List<ChecklistItem> checklist(UUID organisationId) {
        SupplierRecord r = load(organisationId);
        return List.of(
                new ChecklistItem("organisation", "Organisation details: legal name, Companies House number and registered address",
                        filled(r.legalName) && filled(r.companiesHouseNumber) && filled(r.registeredAddress)),
                new ChecklistItem("ico", "ICO registration number", filled(r.icoNumber)),
                new ChecklistItem("dspt", "ODS code your Data Security and Protection Toolkit is published under", filled(r.dsptOdsCode)),
                new ChecklistItem("contact", "A main contact", filled(r.contactName) && filled(r.contactEmail)),
                new ChecklistItem("product", "At least one product described", !products.ofSupplier(organisationId).isEmpty()));
    }

    private InvitationRecord usable(String token) {
        if (token == null || token.isBlank()) {
            throw Problem.notFound("Invitation");
        }
        InvitationRecord invitation = em.createQuery("select i from InvitationRecord i where i.tokenHash = :h", InvitationRecord.class)
                .setParameter("h", hash(token)).getResultStream().findFirst()
                .orElseThrow(() -> Problem.notFound("Invitation"));
        if (invitation.acceptedAt != null) {
            throw new Problem(410, "invitation-used", "Invitation already used", "This invitation has already been used. Sign in instead.");
        }
        if (invitation.expiresAt.isBefore(clock.instant())) {
            throw new Problem(410, "invitation-expired", "Invitation expired", "This invitation has expired. Ask for a new one.");
        }
        return invitation;
    }

    private SupplierRecord load(UUID organisationId) {
        SupplierRecord record = em.find(SupplierRecord.class, organisationId);
        if (record == null) {
            throw Problem.notFound("Supplier " + organisationId);
        }
        return record;
    }

    private static void apply(SupplierRecord r, String legalName, String companiesHouse, String address, String ico,
                              String ods, String contactName, String contactEmail, String phone) {
        r.legalName = legalName.trim();
        r.companiesHouseNumber = companiesHouse.trim().toUpperCase(Locale.ROOT);
        r.registeredAddress = address.trim();
        r.icoNumber = ico.trim().toUpperCase(Locale.ROOT);
        r.dsptOdsCode = ods.trim().toUpperCase(Locale.ROOT);
        r.contactName = contactName.trim();
        r.contactEmail = contactEmail.trim().toLowerCase(Locale.ROOT);
        r.contactPhone = phone == null || phone.isBlank() ? null : phone.trim();
    }

    private static boolean filled(String value) {
        return value != null && !value.isBlank();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Used by the demo data, which registers its supplier's profile under a fixed organisation. */
    void adoptExisting(UUID organisationId, Registration r) {
        if (em.find(SupplierRecord.class, organisationId) != null) {
            return;
        }
        SupplierRecord record = new SupplierRecord();
        record.organisationId = organisationId;
        apply(record, r.legalName(), r.companiesHouseNumber(), r.registeredAddress(), r.icoNumber(), r.dsptOdsCode(),
                r.contactName(), r.contactEmail(), r.contactPhone());
        record.createdAt = clock.instant();
        record.updatedAt = record.createdAt;
        em.persist(record);
    }
}
