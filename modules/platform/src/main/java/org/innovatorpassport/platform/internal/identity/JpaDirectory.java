package org.innovatorpassport.platform.internal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.innovatorpassport.platform.api.AuditLog;
import org.innovatorpassport.platform.api.Directory;
import org.innovatorpassport.platform.api.OdsCode;
import org.innovatorpassport.platform.api.OrganisationKind;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.platform.api.Caller;
import org.innovatorpassport.platform.api.Roles;

@ApplicationScoped
@Transactional
class JpaDirectory implements Directory {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Override
    public OrganisationView createOrganisation(NewOrganisation request) {
        if (request.kind() == OrganisationKind.NHS_TRUST && !OdsCode.hasValidShape(request.odsCode())) {
            throw Problem.invalid("odsCode", "Enter an ODS code of 3 to 6 letters and digits, like RH8");
        }
        if (request.odsCode() != null && !em.createQuery("select o.id from Organisation o where o.odsCode = :code")
                .setParameter("code", request.odsCode()).getResultList().isEmpty()) {
            throw Problem.conflict("An organisation with ODS code " + request.odsCode() + " is already registered.");
        }
        Organisation organisation = new Organisation();
        organisation.id = request.id() != null ? request.id() : UUID.randomUUID();
        organisation.kind = request.kind();
        organisation.name = request.name();
        organisation.odsCode = request.odsCode();
        organisation.createdAt = clock.instant();
        em.persist(organisation);
        audit.record("organisation.created", "organisation", organisation.id, organisation.kind + " " + organisation.name);
        return organisation.view();
    }

    @Override
    public UserView createUser(NewUser request) {
        Organisation organisation = em.find(Organisation.class, request.organisationId());
        if (organisation == null) {
            throw Problem.notFound("Organisation " + request.organisationId());
        }
        String email = request.email().trim().toLowerCase(Locale.ROOT);
        if (email.contains("|") || email.contains(",")) {
            throw Problem.invalid("email", "An email address here may not contain | or ,");
        }
        if (userByEmail(email).isPresent()) {
            throw new Problem(409, "email-taken", "Email already registered",
                    "A user with this email address already exists.", java.util.Map.of("email", "This email address is already registered"));
        }
        var roles = new TreeSet<String>();
        roles.add(organisation.kind.baseRole());
        if (request.extraRoles() != null) {
            roles.addAll(request.extraRoles());
        }
        UserAccount user = new UserAccount();
        user.id = request.id() != null ? request.id() : UUID.randomUUID();
        user.organisationId = organisation.id;
        user.email = email;
        user.displayName = request.displayName();
        user.passwordHash = passwords.hash(request.password());
        user.roles = String.join(",", roles);
        user.active = true;
        user.createdAt = clock.instant();
        em.persist(user);
        audit.record("user.created", "user", user.id, email + " in " + organisation.name + " as " + user.roles);
        return user.view();
    }

    @Override
    public Optional<OrganisationView> organisation(UUID id) {
        return Optional.ofNullable(em.find(Organisation.class, id)).map(Organisation::view);
    }

    @Override
    public Optional<UserView> userByEmail(String email) {
        return account(email).map(UserAccount::view);
    }

    /**
     * The active user behind a signed-in principal, with their organisation: one query and no
     * transaction, because every request asks (two lookups in two transactions were a tenth of a
     * search's time on the server).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<Caller> caller(String email) {
        if (email == null) {
            return Optional.empty();
        }
        return em.createQuery("select u, o from UserAccount u join Organisation o on o.id = u.organisationId "
                        + "where u.email = :email and u.active = true", Object[].class)
                .setParameter("email", email.trim().toLowerCase(Locale.ROOT)).getResultStream().findFirst().map(row -> {
                    UserAccount account = (UserAccount) row[0];
                    Organisation organisation = (Organisation) row[1];
                    return new Caller(account.id, account.email, account.displayName, organisation.id, organisation.name,
                            organisation.kind, account.roleSet());
                });
    }

    Optional<UserAccount> account(String email) {
        if (email == null) {
            return Optional.empty();
        }
        return em.createQuery("select u from UserAccount u where u.email = :email", UserAccount.class)
                .setParameter("email", email.trim().toLowerCase(Locale.ROOT)).getResultStream().findFirst();
    }

    @Override
    public List<OrganisationView> organisations(OrganisationKind kind) {
        return em.createQuery("select o from Organisation o where o.kind = :kind order by o.name", Organisation.class)
                .setParameter("kind", kind).getResultStream().map(Organisation::view).toList();
    }

    @Override
    public List<UserView> users(UUID organisationId) {
        return em.createQuery("select u from UserAccount u where u.organisationId = :org order by u.email", UserAccount.class)
                .setParameter("org", organisationId).getResultStream().map(UserAccount::view).toList();
    }

    @Override
    public Optional<UserView> user(UUID id) {
        return Optional.ofNullable(em.find(UserAccount.class, id)).map(UserAccount::view);
    }

    @Override
    public UserView setActive(UUID userId, boolean active) {
        UserAccount user = existing(userId);
        boolean was = user.active;
        user.active = active;
        endSessions(userId);
        audit.record(active ? "user.reactivated" : "user.deactivated", "user", userId,
                user.email + (was == active ? " (unchanged)" : ""));
        return user.view();
    }

    @Override
    public UserView setRoles(UUID userId, Set<String> roles) {
        UserAccount user = existing(userId);
        Organisation organisation = em.find(Organisation.class, user.organisationId);
        var chosen = new TreeSet<String>();
        for (String role : roles == null ? Set.<String>of() : roles) {
            if (!Roles.ALL.contains(role)) {
                throw Problem.invalid("roles", "Choose roles from: " + String.join(", ", Roles.ALL));
            }
            chosen.add(role);
        }
        chosen.add(organisation.kind.baseRole());
        String before = user.roles;
        user.roles = String.join(",", chosen);
        endSessions(userId);
        audit.record("user.roles-changed", "user", userId, user.email + ": " + before + " -> " + user.roles);
        return user.view();
    }

    @Override
    public void changePassword(UUID userId, String currentPassword, String newPassword) {
        UserAccount user = existing(userId);
        if (currentPassword == null || !passwords.matches(currentPassword, user.passwordHash)) {
            throw Problem.invalid("currentPassword", "Enter your current password");
        }
        if (newPassword == null || newPassword.length() < 12 || newPassword.length() > 200) {
            throw Problem.invalid("newPassword", "Enter a new password of 12 to 200 characters");
        }
        user.passwordHash = passwords.hash(newPassword);
        endSessions(userId);
        audit.record("user.password-changed", "user", userId, user.email);
    }

    @Override
    public List<SignInFailure> recentSignInFailures(UUID userId, int limit) {
        existing(userId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select failed_at, address from platform.sign_in_failure "
                + "where user_id = ?1 order by failed_at desc limit ?2")
                .setParameter(1, userId).setParameter(2, Math.max(1, Math.min(limit, 200))).getResultList();
        return rows.stream().map(r -> new SignInFailure(instant(r[0]), (String) r[1])).toList();
    }

    private static java.time.Instant instant(Object value) {
        if (value instanceof java.time.Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    private UserAccount existing(UUID userId) {
        UserAccount user = em.find(UserAccount.class, userId);
        if (user == null) {
            throw Problem.notFound("User " + userId);
        }
        return user;
    }

    /** In the same transaction as the change, so no session outlives it by even one request. */
    private void endSessions(UUID userId) {
        em.createNativeQuery("delete from platform.user_session where user_id = ?1").setParameter(1, userId).executeUpdate();
    }
}
