package org.innovatorpassport.assurance.internal.passport;

import org.innovatorpassport.platform.api.Validity;
import org.innovatorpassport.assurance.api.StatusChange;
import org.innovatorpassport.assurance.api.PassportConditions;
import jakarta.validation.Validator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innovatorpassport.assurance.api.DirectoryEntry;
import org.innovatorpassport.assurance.api.DirectoryPage;
import org.innovatorpassport.assurance.api.DirectorySearch;
import org.innovatorpassport.assurance.api.PassportAction;
import org.innovatorpassport.assurance.api.PassportSignature;
import org.innovatorpassport.assurance.api.PassportStatus;
import org.innovatorpassport.assurance.api.PassportView;
import org.innovatorpassport.assurance.api.Passports;
import org.innovatorpassport.assurance.api.SubmissionStatus;
import org.innovatorpassport.assurance.api.SubmissionView;
import org.innovatorpassport.assurance.api.Verification;
import org.innovatorpassport.assurance.internal.evidence.EvidenceDocument;
import org.innovatorpassport.assurance.internal.evidence.SubmissionDocuments;
import org.innovatorpassport.assurance.internal.submission.Submission;
import org.innovatorpassport.assurance.internal.submission.SubmissionAccess;
import org.innovatorpassport.assurance.internal.submission.SubmissionChanges;
import org.innovatorpassport.assurance.internal.submission.SubmissionViews;
import org.innovatorpassport.catalogue.api.ProductView;
import org.innovatorpassport.catalogue.api.Products;
import org.innovatorpassport.onboarding.api.Onboarding;
import org.innovatorpassport.platform.api.AuditLog;
import org.innovatorpassport.platform.api.Caller;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Outbox;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.platform.api.Roles;

@ApplicationScoped
@Transactional
class JpaPassports implements Passports {
    static final int EXPIRING_WITHIN_DAYS = 30;

    @PersistenceContext(unitName = "assurance")
    EntityManager em;

    @Inject
    SubmissionAccess access;

    @Inject
    SubmissionViews views;

    @Inject
    SubmissionChanges changes;

    @Inject
    SubmissionDocuments documents;

    @Inject
    PassportSignatures signatures;

    @Inject
    UnsignedPassports unsigned;

    @Inject
    Products products;

    @Inject
    org.innovatorpassport.templates.api.Templates templates;

    @Inject
    Onboarding onboarding;

    @Inject
    Callers callers;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    Validator validator;

    @Inject
    @ConfigProperty(name = "PASSPORT_PUBLIC_URL", defaultValue = "http://127.0.0.1:8080")
    String publicUrl;

    @Override
    public PassportView issue(UUID submissionId, PassportConditions conditions) {
        Validity.require(validator, conditions);
        Submission submission = access.lockForIssue(submissionId);
        Caller assessor = callers.required();
        return issue(submission, conditions.conditions(), assessor.displayName(), assessor.organisationName());
    }

    /** Issues the passport of a submission decided by the named assessor of the named assurance body. */
    PassportView issue(Submission submission, List<String> conditions, String assessorName, String assuranceBody) {
        UUID submissionId = submission.id;
        SubmissionView view = views.view(submission);
        // first, since in a renewal or a new version what is undecided is what changed, and that is the clearer refusal
        List<String> unreviewed = SubmissionViews.awaitingReview(submission, view.criteria());
        if (!unreviewed.isEmpty()) {
            throw new Problem(409, "review-outstanding", "Changed criteria not yet reviewed",
                    "Decide the criteria that changed since the earlier passport first: " + String.join(", ", unreviewed) + ".");
        }
        if (!view.passes()) {
            throw new Problem(409, "not-passed", "Not every required criterion is met",
                    "A passport needs every required criterion met; still outstanding: " + String.join(", ", view.outstanding()) + ".");
        }
        List<String> unresolved = view.criteria().stream().filter(c -> c.applies() && c.decision() != null
                && c.decision() != org.innovatorpassport.templates.api.Decision.MET).map(c -> c.code()).toList();
        if (!unresolved.isEmpty()) {
            throw new Problem(409, "not-passed", "Some criteria are not met",
                    "Resolve these criteria first (not met or awaiting clarification): " + String.join(", ", unresolved) + ".");
        }
        List<EvidenceDocument> evidence = documents.current(submissionId);
        LocalDate today = today();
        LocalDate expiresOn = evidence.stream().map(d -> d.expiresOn).filter(Objects::nonNull).min(Comparator.naturalOrder())
                .orElse(today.plusYears(1));
        if (!expiresOn.isAfter(today)) {
            throw new Problem(409, "evidence-expired", "Evidence has expired",
                    "The earliest evidence expired on " + expiresOn + "; the supplier must replace it first.");
        }
        ProductView product = products.find(submission.productId).orElseThrow(() -> Problem.notFound("Product " + submission.productId));
        PassportRecord passport = new PassportRecord();
        passport.id = UUID.randomUUID();
        passport.code = uniqueCode();
        passport.productId = product.id();
        passport.productName = product.details().name();
        passport.productVersion = product.details().version();
        passport.supplierId = submission.supplierId;
        passport.supplierName = onboarding.profile(submission.supplierId).legalName();
        passport.submissionId = submissionId;
        passport.templateId = submission.templateId;
        passport.templateVersion = submission.templateVersion;
        passport.assuranceBody = assuranceBody;
        passport.assessorName = assessorName;
        passport.issuedOn = today;
        passport.expiresOn = expiresOn;
        passport.status = statusOn(today, expiresOn);
        passport.conditions = String.join("\n", conditions.stream().map(String::trim).filter(c -> !c.isEmpty()).toList());
        passport.createdAt = clock.instant();
        passport.updatedAt = passport.createdAt;
        String label = submission.templateId.toUpperCase() + " " + submission.templateVersion + " of "
                + passport.productName + " " + passport.productVersion;
        List<PassportEvidenceRecord> covered = evidence.stream().map(d -> covered(passport.id, d,
                documents.signOffFor(d, assessorName, submissionId, label, today))).toList();
        List<PassportRecord> replaced = supersededBy(passport, product);
        passport.supersedes = String.join("\n", replaced.stream().map(r -> r.id.toString()).sorted().toList());
        passport.jws = signatures.sign(passport, covered);
        em.persist(passport);
        covered.forEach(em::persist);
        supersede(replaced, passport, submission.renewsPassportId);
        submission.status = SubmissionStatus.PASSPORT_ISSUED;
        submission.passportId = passport.id;
        submission.updatedAt = passport.createdAt;
        em.flush();
        audit.record("passport.issued", "passport", passport.id, passport.code + " for " + passport.productName + " "
                + passport.productVersion + ", expires " + expiresOn);
        outbox.publish(STATUS_CHANGED_TOPIC, passport.id.toString());
        outbox.publish(LISTING_CHANGED_TOPIC, passport.productId.toString());
        return view(passport);
    }

    @Override
    public PassportView get(UUID passportId) {
        PassportRecord passport = visible(passportId);
        Caller caller = callers.required();
        if (caller.hasRole(Roles.TRUST) || caller.hasRole(Roles.BOARD)) {
            audit.record("passport.viewed", "passport", passportId, "viewed by " + caller.organisationName());
        }
        return view(passport);
    }

    @Override
    public List<PassportView> list() {
        Optional<Caller> caller = callers.current();
        List<PassportRecord> found;
        if (caller.isEmpty()) {
            found = em.createQuery("select p from PassportRecord p where p.status in :reliable order by p.productName", PassportRecord.class)
                    .setParameter("reliable", List.of(PassportStatus.ISSUED, PassportStatus.EXPIRING)).getResultList();
        } else if (caller.get().hasRole(Roles.SUPPLIER)) {
            found = em.createQuery("select p from PassportRecord p where p.supplierId = :s order by p.createdAt desc", PassportRecord.class)
                    .setParameter("s", caller.get().organisationId()).getResultList();
        } else {
            found = em.createQuery("select p from PassportRecord p order by p.createdAt desc", PassportRecord.class).getResultList();
        }
        return views(found);
    }

    @Override
    public List<PassportView> reliable() {
        return views(em.createQuery("select p from PassportRecord p where p.status in :reliable order by p.productName",
                PassportRecord.class).setParameter("reliable", List.of(PassportStatus.ISSUED, PassportStatus.EXPIRING)).getResultList());
    }

    @Override
    public DirectoryPage<DirectoryEntry> directory(DirectorySearch search) {
        DirectoryFilter filter = new DirectoryFilter(search, "p.productName", true);
        long total = filter.bind(em.createQuery("select count(p) from PassportRecord p" + filter.where(), Long.class))
                .getSingleResult();
        if (search.count() == 0 || search.offset() >= total) {
            return new DirectoryPage<>(List.of(), total);
        }
        List<PassportRecord> found = filter.bind(em.createQuery("select p from PassportRecord p" + filter.where()
                        + " order by lower(p.productName), p.productVersion, p.id", PassportRecord.class))
                .setFirstResult(search.offset()).setMaxResults(search.count()).getResultList();
        return new DirectoryPage<>(entries(found), total);
    }

    @Override
    public Optional<DirectoryEntry> directoryEntry(UUID productId) {
        DirectoryFilter filter = new DirectoryFilter(new DirectorySearch(null, null, null, null, 0, 1), "p.productName", false);
        List<PassportRecord> found = filter.bind(em.createQuery("select p from PassportRecord p" + filter.where()
                + " and p.productId = :product", PassportRecord.class)).setParameter("product", productId)
                .setMaxResults(1).getResultList();
        return entries(found).stream().findFirst();
    }

    @Override
    public DirectoryPage<UUID> directorySuppliers(DirectorySearch search) {
        DirectoryFilter filter = new DirectoryFilter(search, "p.supplierName", false);
        long total = filter.bind(em.createQuery("select count(distinct p.supplierId) from PassportRecord p" + filter.where(),
                Long.class)).getSingleResult();
        if (search.count() == 0 || search.offset() >= total) {
            return new DirectoryPage<>(List.of(), total);
        }
        // one row per supplier, ordered by a name it carries, so that pages do not overlap
        List<UUID> suppliers = filter.bind(em.createQuery("select p.supplierId from PassportRecord p" + filter.where()
                        + " group by p.supplierId order by lower(min(p.supplierName)), p.supplierId", UUID.class))
                .setFirstResult(search.offset()).setMaxResults(search.count()).getResultList();
        return new DirectoryPage<>(suppliers, total);
    }

    @Override
    public boolean directoryLists(UUID supplierId) {
        DirectoryFilter filter = new DirectoryFilter(new DirectorySearch(null, null, null, null, 0, 1), "p.supplierName", false);
        return !filter.bind(em.createQuery("select p.id from PassportRecord p" + filter.where() + " and p.supplierId = :supplier",
                UUID.class)).setParameter("supplier", supplierId).setMaxResults(1).getResultList().isEmpty();
    }

    private List<DirectoryEntry> entries(List<PassportRecord> found) {
        List<PassportView> shown = views(found);
        List<DirectoryEntry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            entries.add(new DirectoryEntry(shown.get(i), found.get(i).updatedAt));
        }
        return entries;
    }

    @Override
    public Optional<PassportView> ofProduct(UUID productId) {
        return em.createQuery("select p from PassportRecord p where p.productId = :p order by p.createdAt desc", PassportRecord.class)
                .setParameter("p", productId).setMaxResults(1).getResultStream().findFirst().map(this::view);
    }

    @Override
    public java.util.Map<UUID, PassportView> ofProducts(java.util.Collection<UUID> productIds) {
        if (productIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<UUID, PassportRecord> latest = new java.util.LinkedHashMap<>();
        em.createQuery("select p from PassportRecord p where p.productId in :ids order by p.createdAt desc", PassportRecord.class)
                .setParameter("ids", productIds).getResultStream().forEach(p -> latest.putIfAbsent(p.productId, p));
        java.util.Map<UUID, PassportView> views = new java.util.HashMap<>();
        views(List.copyOf(latest.values())).forEach(v -> views.put(v.productId(), v));
        return views;
    }

    @Override
    public byte[] certificate(UUID passportId) {
        PassportView p = get(passportId);
        return new CertificateRenderer(clock).render(new CertificateContent(p.id().toString(), p.productName(), p.productVersion(),
                p.supplierName(), "DTAC".equalsIgnoreCase(p.templateId()) || "dtac".equals(p.templateId())
                        ? "Digital Technology Assessment Criteria, version " + p.templateVersion()
                        : p.templateId() + " " + p.templateVersion(),
                p.status().name(), p.code(), verificationUrl(p.code()), p.issuedOn(), p.expiresOn(), p.assuranceBody(),
                p.assessorName(), p.evidence().stream().map(e -> new CertificateEvidence(e.type(), e.reference(), e.issuer(),
                        e.issuedOn(), e.expiresOn(), e.sha256())).toList(), p.conditions(), p.signature().keyId()));
    }

    @Override
    public Verification verify(String code) {
        String normalised = VerificationCodes.normalise(code);
        PassportRecord p = em.createQuery("select p from PassportRecord p where p.code = :c", PassportRecord.class)
                .setParameter("c", normalised).getResultStream().findFirst()
                .orElseThrow(() -> new Problem(404, "passport-unknown", "No such passport",
                        "No passport has the verification code " + (code == null ? "" : code.trim()) + "."));
        List<PassportEvidenceRecord> evidence = evidenceOf(p.id);
        PassportSignature signature = signatures.check(p, evidence);
        String reason;
        boolean valid = false;
        if (!signature.valid()) {
            reason = "The passport's signature does not vouch for it: " + signature.problem() + ". Do not rely on it.";
        } else if (p.status == PassportStatus.SUSPENDED || p.status == PassportStatus.REVOKED) {
            reason = (p.status == PassportStatus.SUSPENDED ? "Suspended" : "Revoked") + " by the assessor: " + p.statusReason;
        } else if (p.status == PassportStatus.SUPERSEDED) {
            reason = "Superseded by a newer passport for this product.";
        } else if (p.status == PassportStatus.EXPIRED || p.expiresOn.isBefore(today())) {
            reason = "Expired on " + p.expiresOn + ".";
        } else {
            valid = true;
            reason = "Valid: issued on " + p.issuedOn + " by " + p.assuranceBody + ", valid until " + p.expiresOn
                    + (p.status == PassportStatus.EXPIRING ? " (expiring soon)." : ".");
        }
        return new Verification(p.code, valid, reason, p.status.name(), p.productName, p.productVersion, p.supplierName,
                p.issuedOn, p.expiresOn, evidence.stream().map(e -> e.evidenceType).distinct()
                        .map(type -> templates.evidenceType(type).map(t -> t.title()).orElse(type)).sorted().toList(), signature);
    }

    @Override
    public PassportView suspend(UUID passportId, StatusChange change) {
        String reason = Validity.require(validator, change).reason();
        PassportRecord passport = forAssessor(passportId);
        if (!passport.status.allows(PassportAction.SUSPEND)) {
            throw Problem.conflict("Only an issued passport can be suspended; this one is " + words(passport.status) + ".");
        }
        return changeStatus(passport, PassportStatus.SUSPENDED, reason.trim());
    }

    @Override
    public PassportView revoke(UUID passportId, StatusChange change) {
        String reason = Validity.require(validator, change).reason();
        PassportRecord passport = forAssessor(passportId);
        if (passport.status == PassportStatus.REVOKED) {
            return view(passport);
        }
        if (!passport.status.allows(PassportAction.REVOKE)) {
            throw Problem.conflict("A " + words(passport.status) + " passport cannot be revoked.");
        }
        return changeStatus(passport, PassportStatus.REVOKED, reason.trim());
    }

    @Override
    public int signUnsigned() {
        return unsigned.sign();
    }

    @Override
    public int refreshStatuses() {
        LocalDate today = today();
        int changed = 0;
        for (PassportRecord passport : em.createQuery("select p from PassportRecord p where p.status in :live", PassportRecord.class)
                .setParameter("live", List.of(PassportStatus.ISSUED, PassportStatus.EXPIRING)).getResultList()) {
            PassportStatus next = statusOn(today, passport.expiresOn);
            // expiring for a reason other than the date (its evidence was replaced) stays so until renewed or expired
            boolean expiringForAReason = passport.status == PassportStatus.EXPIRING && passport.statusReason != null;
            if (next != passport.status && !(expiringForAReason && next == PassportStatus.ISSUED)) {
                changeStatus(passport, next, next == PassportStatus.EXPIRED ? "Evidence expired on " + passport.expiresOn : null);
                changed++;
            }
        }
        return changed;
    }

    @Override
    public SubmissionView renew(UUID passportId) {
        PassportRecord passport = visible(passportId);
        Caller caller = callers.required();
        if (!caller.actsFor(passport.supplierId)) {
            throw Problem.notFound("Passport " + passportId);
        }
        if (!passport.status.allows(PassportAction.RENEW)) {
            throw Problem.conflict("A " + words(passport.status) + " passport cannot be renewed.");
        }
        Optional<Submission> open = em.createQuery("select s from Submission s where s.renewsPassportId = :p "
                        + "and s.status not in (:done, :withdrawn)", Submission.class).setParameter("p", passportId)
                .setParameter("done", SubmissionStatus.PASSPORT_ISSUED).setParameter("withdrawn", SubmissionStatus.WITHDRAWN)
                .getResultStream().findFirst();
        if (open.isPresent()) {
            return views.view(open.get());
        }
        Submission previous = em.find(Submission.class, passport.submissionId);
        Instant now = clock.instant();
        Submission renewal = changes.renewal(previous, passport.id, passport.code, now);
        documents.copyLinks(previous.id, renewal.id, now);
        em.flush();
        audit.record("passport.renewal-started", "passport", passportId, "renewal submission " + renewal.id);
        return views.view(renewal);
    }

    PassportView changeStatus(PassportRecord passport, PassportStatus status, String reason) {
        PassportStatus before = passport.status;
        passport.status = status;
        passport.statusReason = reason;
        passport.updatedAt = clock.instant();
        em.flush();
        audit.record("passport." + status.name().toLowerCase(), "passport", passport.id,
                before + " -> " + status + (reason == null ? "" : ": " + reason));
        outbox.publish(STATUS_CHANGED_TOPIC, passport.id.toString());
        outbox.publish(LISTING_CHANGED_TOPIC, passport.productId.toString());
        return view(passport);
    }

    /**
     * The passports a new one replaces: known before it is signed, since what it replaced is part of what
     * it vouches for. Only earlier passports of the same product version: a passport for a new version
     * covers that version, and the earlier version's passport stays valid for the earlier version.
     */
    private List<PassportRecord> supersededBy(PassportRecord passport, ProductView product) {
        return em.createQuery("select p from PassportRecord p where p.productId = :product and p.id <> :id "
                + "and p.status in :live", PassportRecord.class).setParameter("product", product.id()).setParameter("id", passport.id)
                .setParameter("live", List.of(PassportStatus.ISSUED, PassportStatus.EXPIRING, PassportStatus.EXPIRED,
                        PassportStatus.SUSPENDED)).getResultList();
    }

    private void supersede(List<PassportRecord> replaced, PassportRecord passport, UUID renewed) {
        for (PassportRecord earlier : replaced) {
            earlier.supersededBy = passport.id;
            changeStatus(earlier, PassportStatus.SUPERSEDED, "Superseded by passport " + passport.code
                    + (earlier.id.equals(renewed) ? " (renewal)" : ""));
        }
    }

    private PassportRecord visible(UUID passportId) {
        PassportRecord passport = em.find(PassportRecord.class, passportId);
        Caller caller = callers.required();
        if (passport == null || (caller.hasRole(Roles.SUPPLIER) && !caller.actsFor(passport.supplierId))) {
            throw Problem.notFound("Passport " + passportId);
        }
        return passport;
    }

    /** Only the assurance body that issued a passport may suspend or revoke it. */
    private PassportRecord forAssessor(UUID passportId) {
        PassportRecord passport = em.find(PassportRecord.class, passportId);
        if (passport == null) {
            throw Problem.notFound("Passport " + passportId);
        }
        if (!passport.assuranceBody.equals(callers.required().organisationName())) {
            throw Problem.forbidden("Only " + passport.assuranceBody + ", which issued this passport, can change its status.");
        }
        return passport;
    }

    private PassportView view(PassportRecord p) {
        return views(List.of(p)).get(0);
    }

    /** Many passports in three queries, whatever their number: lists are public pages. */
    private List<PassportView> views(List<PassportRecord> passports) {
        if (passports.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = passports.stream().map(p -> p.id).toList();
        java.util.Map<UUID, List<PassportEvidenceRecord>> evidence = em.createQuery("select e from PassportEvidenceRecord e "
                + "where e.passportId in :ids order by e.evidenceType, e.evidenceId", PassportEvidenceRecord.class)
                .setParameter("ids", ids).getResultStream()
                .collect(java.util.stream.Collectors.groupingBy(e -> e.passportId));
        java.util.Map<UUID, Long> reliances = new java.util.HashMap<>();
        em.createQuery("select r.passportId, count(r) from RelianceRecord r where r.passportId in :ids group by r.passportId",
                Object[].class).setParameter("ids", ids).getResultStream()
                .forEach(row -> reliances.put((UUID) row[0], (Long) row[1]));
        return passports.stream().map(p -> view(p, evidence.getOrDefault(p.id, List.of()), reliances.getOrDefault(p.id, 0L)))
                .toList();
    }

    private PassportView view(PassportRecord p, List<PassportEvidenceRecord> evidence, long reliances) {
        return new PassportView(p.id, p.code, p.productId, p.productName, p.productVersion, p.supplierId, p.supplierName,
                p.submissionId, p.templateId, p.templateVersion, p.assuranceBody, p.assessorName, p.issuedOn, p.expiresOn,
                p.status, p.statusReason, evidence.stream().map(PassportEvidenceRecord::view).toList(), p.conditionList(),
                p.supersedesList(), signatures.check(p, evidence), p.supersededBy, reliances,
                PassportActions.allowed(p, Callers.ofRequest(callers)));
    }

    private static String words(PassportStatus status) {
        return status.name().toLowerCase(java.util.Locale.ROOT);
    }

    private List<PassportEvidenceRecord> evidenceOf(UUID passportId) {
        return em.createQuery("select e from PassportEvidenceRecord e where e.passportId = :p order by e.evidenceType, e.evidenceId",
                PassportEvidenceRecord.class).setParameter("p", passportId).getResultList();
    }

    private static PassportEvidenceRecord covered(UUID passportId, EvidenceDocument d, String signedOffBy) {
        PassportEvidenceRecord e = new PassportEvidenceRecord();
        e.passportId = passportId;
        e.evidenceId = d.id;
        e.evidenceType = d.evidenceType;
        e.reference = d.reference;
        e.issuer = d.issuer;
        e.issuedOn = d.issuedOn;
        e.expiresOn = d.expiresOn;
        e.sha256 = d.sha256;
        e.signedOffBy = signedOffBy;
        return e;
    }

    private String uniqueCode() {
        for (int attempt = 0; attempt < 10; attempt++) {
            String code = VerificationCodes.next();
            if (em.createQuery("select count(p) from PassportRecord p where p.code = :c", Long.class).setParameter("c", code)
                    .getSingleResult() == 0) {
                return code;
            }
        }
        throw new IllegalStateException("could not find a free verification code");
    }

    private String verificationUrl(String code) {
        return publicUrl.replaceAll("/+$", "") + "/verify/" + code;
    }

    static PassportStatus statusOn(LocalDate today, LocalDate expiresOn) {
        if (expiresOn.isBefore(today)) {
            return PassportStatus.EXPIRED;
        }
        return expiresOn.isAfter(today.plusDays(EXPIRING_WITHIN_DAYS)) ? PassportStatus.ISSUED : PassportStatus.EXPIRING;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
