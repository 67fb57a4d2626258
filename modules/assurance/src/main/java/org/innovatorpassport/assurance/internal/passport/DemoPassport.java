package org.innovatorpassport.assurance.internal.passport;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
 * The demo supplier's product "BreatheWell" with a DTAC v2 passport already issued, so that trusts,
 * boards and the public have something to find the first time the demo starts. Loaded once: a
 * supplier that already has products is left alone.
 */
@ApplicationScoped
class DemoPassport {
    static final UUID DEMO_SUPPLIER = UUID.fromString("00000000-0000-4000-8000-000000000101");
    private static final Logger LOG = Logger.getLogger(DemoPassport.class.getName());
    private static final Map<String, String> TYPED_ANSWERS = Map.of("A6", "sam@brightwell.example", "A7", "0118 496 0000",
            "A10", "09876543", "C2.2", "8J5K2", "C2.3", "ZA123456", "C2.5", "https://brightwell.example/privacy",
            "D1.9", "https://brightwell.example/accessibility", "D1.10", "99.95", "C3.7", "4.3");
    /** "No" to being a medical device and to the Cyber Security Charter, so the fuller evidence applies. */
    private static final Set<String> ANSWERED_NO = Set.of("C1.1", "C3.1");

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
    Clock clock;

    @Transactional
    void load(@Observes @Priority(3000) SchemaReady ready) {
        if (!enabled || !products.ofSupplier(DEMO_SUPPLIER).isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Instant now = clock.instant();
        ProductView product = products.create(DEMO_SUPPLIER, new ProductDetails("BreatheWell", "2.1",
                "Helps people with asthma track symptoms and inhaler use, and share them with their GP practice.",
                "Self-management of asthma for adults, with symptom diaries, inhaler reminders and personal action plans.",
                ProductDetails.IntendedUsers.PATIENTS, Set.of("Primary care", "Community"), Set.of("Asthma"),
                EnumSet.of(ProductDetails.Platform.IOS, ProductDetails.Platform.ANDROID), ProductDetails.DeviceClass.NOT_A_DEVICE,
                ProductDetails.Marking.NONE, ProductDetails.NiceTier.B, EnumSet.of(ProductDetails.Standard.NHS_LOGIN,
                        ProductDetails.Standard.FHIR), ProductDetails.PricingModel.PER_USER));
        Template dtac = templates.current("dtac", today);
        Submission submission = new Submission();
        submission.id = UUID.randomUUID();
        submission.productId = product.id();
        submission.supplierId = DEMO_SUPPLIER;
        submission.templateId = dtac.id();
        submission.templateVersion = dtac.version();
        submission.status = SubmissionStatus.SUBMITTED;
        submission.createdAt = now;
        submission.updatedAt = now;
        submission.submittedAt = now;
        em.persist(submission);
        Map<String, Answer> answers = answers(dtac);
        answers.values().forEach(answer -> em.persist(record(submission.id, answer, now)));
        for (String type : views.missingEvidence(dtac, answers, List.of())) {
            attach(submission, type, today.minusMonths(2), now);
        }
        for (Criterion criterion : dtac.applicable(answers)) {
            em.persist(met(submission.id, criterion.code(), now));
        }
        em.flush();
        passports.issue(submission, List.of("Patients must sign in with NHS login."), "Alex Assessor",
                "National Digital Assurance Service");
        LOG.info("demo product BreatheWell 2.1 and its passport are in place");
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

    private void attach(Submission submission, String type, LocalDate issuedOn, Instant now) {
        byte[] pdf = pdf("BreatheWell 2.1 - " + type.replace('_', ' ').toLowerCase() + " (demo evidence)");
        EvidenceDocument document = new EvidenceDocument();
        document.id = UUID.randomUUID();
        document.supplierId = submission.supplierId;
        document.evidenceType = type;
        document.reference = type.substring(0, 3) + "-DEMO-2026";
        document.issuer = "Brightwell Digital Health Ltd";
        document.issuedOn = issuedOn;
        document.expiresOn = templates.evidenceType(type).flatMap(t -> t.expiryFor(issuedOn, issuedOn.plusYears(3))).orElse(null);
        document.fileName = type.toLowerCase() + ".pdf";
        document.sizeBytes = pdf.length;
        document.sha256 = sha256(pdf);
        document.pageCount = 1;
        document.activeContent = "";
        document.versionNumber = 1;
        document.uploadedBy = "supplier@demo.innovatorpassport.org";
        document.uploadedAt = now;
        em.persist(document);
        em.flush();
        content.save(document.id, new java.io.ByteArrayInputStream(pdf), pdf.length, "BreatheWell 2.1 " + type + " demo evidence");
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
        entry.decidedBy = "Alex Assessor";
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
