package org.innovatorpassport.assurance.internal.passport;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import org.innovatorpassport.assurance.api.PassportStatus;
import org.innovatorpassport.assurance.api.PassportView;
import org.innovatorpassport.assurance.internal.reliance.RelianceRecord;
import org.innovatorpassport.catalogue.api.PatientListing;
import org.innovatorpassport.platform.api.Directory;
import org.innovatorpassport.platform.api.Directory.OrganisationView;
import org.innovatorpassport.platform.api.OrganisationKind;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innovatorpassport.assurance.api.SubmissionStatus;
import org.innovatorpassport.assurance.internal.evidence.EvidenceContent;
import org.innovatorpassport.assurance.internal.evidence.EvidenceDocument;
import org.innovatorpassport.assurance.internal.evidence.SubmissionEvidence;
import org.innovatorpassport.assurance.internal.submission.AnswerRecord;
import org.innovatorpassport.assurance.internal.submission.DecisionEntry;
import org.innovatorpassport.assurance.internal.submission.Submission;
import org.innovatorpassport.assurance.internal.submission.SubmissionViews;
import org.innovatorpassport.catalogue.api.ProductDetails;
import org.innovatorpassport.catalogue.api.ProductView;
import org.innovatorpassport.catalogue.api.Products;
import org.innovatorpassport.platform.api.SchemaReady;
import org.innovatorpassport.templates.api.Answer;
import org.innovatorpassport.templates.api.Criterion;
import org.innovatorpassport.templates.api.Option;
import org.innovatorpassport.templates.api.Template;
import org.innovatorpassport.templates.api.Templates;

/**
 * The demo catalogue, read from the checked-in {@code demo/catalogue.json}: products of the demo
 * suppliers across conditions and care settings, each taken to its passport state (draft, in
 * assessment, assured, expiring, suspended, revoked) with reliances from the demo trusts, and a
 * Health Store listing for the patient-facing ones. Idempotent: a product its supplier already has
 * (same name and version) is left alone. Each evidence PDF is made once per type and reused.
 */
@ApplicationScoped
class DemoCatalogue {
    private static final Logger LOG = Logger.getLogger(DemoCatalogue.class.getName());
    private static final Map<String, String> TYPED_ANSWERS = Map.of("A6", "sam@brightwell.example", "A7", "0118 496 0000",
            "A10", "09876543", "C2.2", "8J5K2", "C2.3", "ZA123456", "C2.5", "https://brightwell.example/privacy",
            "D1.9", "https://brightwell.example/accessibility", "D1.10", "99.95", "C3.7", "4.3");
    /** "No" to being a medical device and to the Cyber Security Charter, so the fuller evidence applies. */
    private static final Set<String> ANSWERED_NO = Set.of("C1.1", "C3.1");
    private static final String ASSESSOR = "Alex Assessor";
    private static final String BODY = "National Digital Assurance Service";

    /** Where a demo product's assurance has got to. */
    enum Stage { DRAFT, IN_ASSESSMENT, ASSURED, EXPIRING, SUSPENDED, REVOKED }

    /** One product of the file. */
    record DemoProduct(UUID supplierId, ProductDetails details, PatientListing listing, Stage stage, List<String> reliedOnBy) {
    }

    @Inject
    @ConfigProperty(name = "PASSPORT_DEMO_DATA", defaultValue = "false")
    boolean enabled;

    @PersistenceContext(unitName = "assurance")
    EntityManager em;

    @Inject
    EvidenceContent content;

    @Inject
    Products products;

    @Inject
    Templates templates;

    @Inject
    SubmissionViews views;

    @Inject
    JpaPassports passports;

    @Inject
    Directory directory;

    @Inject
    Clock clock;

    private final Map<String, byte[]> pdfs = new HashMap<>();

    @Transactional
    void load(@Observes @Priority(3000) SchemaReady ready) {
        if (!enabled) {
            return;
        }
        long started = System.nanoTime();
        Map<String, OrganisationView> trusts = new HashMap<>();
        directory.organisations(OrganisationKind.NHS_TRUST).forEach(t -> trusts.put(t.odsCode(), t));
        Map<UUID, Set<String>> existing = new HashMap<>();
        int loaded = 0;
        for (DemoProduct demo : products()) {
            Set<String> had = existing.computeIfAbsent(demo.supplierId(), s -> new HashSet<>(products.ofSupplier(s).stream()
                    .map(p -> p.details().name() + "|" + p.details().version()).toList()));
            if (had.add(demo.details().name() + "|" + demo.details().version())) {
                load(demo, trusts);
                loaded++;
            }
        }
        pdfs.clear();
        LOG.info("demo catalogue: " + loaded + " products loaded in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    private void load(DemoProduct demo, Map<String, OrganisationView> trusts) {
        ProductView product = products.create(demo.supplierId(), demo.details(), demo.listing());
        if (demo.stage() == Stage.DRAFT) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Instant now = clock.instant();
        Template dtac = templates.current("dtac", today);
        Submission submission = new Submission();
        submission.id = UUID.randomUUID();
        submission.productId = product.id();
        submission.supplierId = demo.supplierId();
        submission.templateId = dtac.id();
        submission.templateVersion = dtac.version();
        submission.status = SubmissionStatus.SUBMITTED;
        submission.createdAt = now;
        submission.updatedAt = now;
        submission.submittedAt = now;
        em.persist(submission);
        Map<String, Answer> answers = answers(dtac);
        answers.values().forEach(answer -> em.persist(record(submission.id, answer, now)));
        boolean first = true;
        for (String type : views.missingEvidence(dtac, answers, List.of())) {
            // an expiring passport is one whose earliest evidence lapses within 30 days
            attach(submission, product, type, today.minusMonths(2), first && demo.stage() == Stage.EXPIRING ? today.plusDays(18) : null, now);
            first = false;
        }
        if (demo.stage() == Stage.IN_ASSESSMENT) {
            return;
        }
        for (Criterion criterion : dtac.applicable(answers)) {
            em.persist(met(submission.id, criterion.code(), now));
        }
        em.flush();
        PassportView passport = passports.issue(submission, List.of(), ASSESSOR, BODY);
        for (String ods : demo.reliedOnBy()) {
            OrganisationView trust = trusts.get(ods);
            if (trust != null) {
                em.persist(RelianceRecord.of(passport.id(), trust.id(), trust.name(), "Demo trust user", now));
            }
        }
        if (demo.stage() == Stage.SUSPENDED || demo.stage() == Stage.REVOKED) {
            em.flush();
            PassportRecord record = em.find(PassportRecord.class, passport.id());
            passports.changeStatus(record, demo.stage() == Stage.SUSPENDED ? PassportStatus.SUSPENDED : PassportStatus.REVOKED,
                    demo.stage() == Stage.SUSPENDED ? "Penetration test finding of CVSS 8.1 not yet remediated"
                            : "Clinical safety case withdrawn by the manufacturer");
        }
    }

    /** The products of {@code demo/catalogue.json}. */
    static List<DemoProduct> products() {
        try (InputStream in = Objects.requireNonNull(DemoCatalogue.class.getResourceAsStream("/demo/catalogue.json"), "demo/catalogue.json");
             JsonReader reader = Json.createReader(in)) {
            return reader.readArray().getValuesAs(JsonObject.class).stream().map(DemoCatalogue::product).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DemoProduct product(JsonObject p) {
        ProductDetails details = new ProductDetails(p.getString("name"), p.getString("version"), p.getString("summary"),
                p.getString("intendedPurpose"), ProductDetails.IntendedUsers.valueOf(p.getString("intendedUsers")),
                new LinkedHashSet<>(strings(p, "careSettings")), new LinkedHashSet<>(strings(p, "conditions")),
                enums(p, "platforms", ProductDetails.Platform.class), ProductDetails.DeviceClass.valueOf(p.getString("deviceClass")),
                ProductDetails.Marking.valueOf(p.getString("marking")), ProductDetails.NiceTier.valueOf(p.getString("niceTier")),
                enums(p, "standards", ProductDetails.Standard.class), ProductDetails.PricingModel.valueOf(p.getString("pricingModel")));
        JsonObject l = p.getJsonObject("listing");
        PatientListing listing = l == null ? null : new PatientListing(l.getString("whatItDoes"), l.getString("whoItIsFor"),
                l.getString("howToGetIt"), l.getString("costToPatient"), l.getString("dataUsed"), l.getString("dataStorage"),
                l.getString("accessibility"));
        return new DemoProduct(UUID.fromString(p.getString("supplier")), details, listing, Stage.valueOf(p.getString("passport")),
                strings(p, "reliedOnBy"));
    }

    private static List<String> strings(JsonObject p, String name) {
        return p.getJsonArray(name).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static <E extends Enum<E>> Set<E> enums(JsonObject p, String name, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        strings(p, name).forEach(v -> set.add(Enum.valueOf(type, v)));
        return set;
    }

    /** Answers every question that applies, following conditions as they open up. */
    private static Map<String, Answer> answers(Template template) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (int round = 0; round < 5; round++) {
            for (Criterion c : template.applicable(answers)) {
                answers.computeIfAbsent(c.code(), code -> Answer.of(code, valueFor(c)));
            }
        }
        return answers;
    }

    private static String valueFor(Criterion c) {
        if (TYPED_ANSWERS.containsKey(c.code())) {
            return TYPED_ANSWERS.get(c.code());
        }
        return switch (c.type()) {
            case YES_NO -> ANSWERED_NO.contains(c.code()) ? "no" : "yes";
            case CHOICE, MULTI_CHOICE -> c.options().stream().map(Option::value).findFirst().orElse("");
            case DATE -> "2026-03-01";
            case NUMBER -> "1";
            case TEXT -> "See the attached evidence for " + c.code() + ".";
        };
    }

    private void attach(Submission submission, ProductView product, String type, LocalDate issuedOn, LocalDate expiresEarly,
                        Instant now) {
        String name = product.details().name() + " " + product.details().version();
        byte[] pdf = pdfs.computeIfAbsent(type, t -> pdf("Demo evidence: " + t.replace('_', ' ').toLowerCase()));
        EvidenceDocument document = new EvidenceDocument();
        document.id = UUID.randomUUID();
        document.supplierId = submission.supplierId;
        document.evidenceType = type;
        document.reference = type.substring(0, 3) + "-DEMO-2026";
        document.issuer = "Demo evidence issuer";
        document.issuedOn = issuedOn;
        document.expiresOn = expiresEarly != null ? expiresEarly
                : templates.evidenceType(type).flatMap(t -> t.expiryFor(issuedOn, issuedOn.plusYears(3))).orElse(null);
        document.fileName = type.toLowerCase() + ".pdf";
        document.sizeBytes = pdf.length;
        document.sha256 = sha256(pdf);
        document.pageCount = 1;
        document.activeContent = "";
        document.versionNumber = 1;
        document.uploadedBy = "demo loader";
        document.uploadedAt = now;
        em.persist(document);
        em.flush();
        content.save(document.id, new java.io.ByteArrayInputStream(pdf), pdf.length, name + " " + type + " demo evidence");
        em.persist(SubmissionEvidence.link(submission.id, document.id, now));
    }

    private static AnswerRecord record(UUID submissionId, Answer answer, Instant at) {
        AnswerRecord record = new AnswerRecord();
        record.submissionId = submissionId;
        record.criterionCode = answer.criterionCode();
        record.value = answer.value();
        record.changedAt = at;
        return record;
    }

    private static DecisionEntry met(UUID submissionId, String code, Instant at) {
        DecisionEntry entry = new DecisionEntry();
        entry.id = UUID.randomUUID();
        entry.submissionId = submissionId;
        entry.criterionCode = code;
        entry.decision = "MET";
        entry.decidedBy = ASSESSOR;
        entry.decidedAt = at;
        return entry;
    }

    private static byte[] pdf(String text) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 720);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
