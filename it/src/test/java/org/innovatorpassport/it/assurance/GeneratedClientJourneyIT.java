package org.innovatorpassport.it.assurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.innovatorpassport.client.ApiClient;
import org.innovatorpassport.client.ApiException;
import org.innovatorpassport.client.api.DefaultApi;
import org.innovatorpassport.client.model.Answer;
import org.innovatorpassport.client.model.Answers;
import org.innovatorpassport.client.model.CriterionState;
import org.innovatorpassport.client.model.Decision;
import org.innovatorpassport.client.model.DeviceClass;
import org.innovatorpassport.client.model.EvidenceView;
import org.innovatorpassport.client.model.IntendedUsers;
import org.innovatorpassport.client.model.IssuedApiToken;
import org.innovatorpassport.client.model.Marking;
import org.innovatorpassport.client.model.NewSubmission;
import org.innovatorpassport.client.model.NiceTier;
import org.innovatorpassport.client.model.PassportConditions;
import org.innovatorpassport.client.model.PassportStatus;
import org.innovatorpassport.client.model.PassportView;
import org.innovatorpassport.client.model.Platform;
import org.innovatorpassport.client.model.PricingModel;
import org.innovatorpassport.client.model.ProductDetails;
import org.innovatorpassport.client.model.ProductView;
import org.innovatorpassport.client.model.Registration;
import org.innovatorpassport.client.model.RelianceView;
import org.innovatorpassport.client.model.Standard;
import org.innovatorpassport.client.model.SubmissionStatus;
import org.innovatorpassport.client.model.SubmissionView;
import org.innovatorpassport.client.model.SupplierProfile;
import org.innovatorpassport.client.model.TokenRequest;
import org.innovatorpassport.client.model.Verdict;
import org.innovatorpassport.client.model.Verification;
import org.innovatorpassport.it.assurance.Suppliers.Supplier;
import org.innovatorpassport.it.support.Demo;
import org.innovatorpassport.it.support.Http;
import org.innovatorpassport.it.support.Stack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * An integrator's view of the API: the passport journey driven only by the Java client that the build
 * generates from the OpenAPI document (see OpenApiSnapshotIT), with its typed operations and models.
 * A supplier registers, makes itself an API token and, with that token alone, describes a product,
 * answers DTAC, uploads its evidence and submits; the assessor decides each criterion and issues the
 * passport; a trust relies on it with a token of its own; anyone verifies it.
 */
@ExtendWith(ArquillianExtension.class)
class GeneratedClientJourneyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @ArquillianResource
    URL base;

    @TempDir
    Path files;

    private final Uploads.JourneyDates dates = Uploads.JourneyDates.now();

    @Test
    void aGeneratedClientRunsThePassportJourney() throws Exception {
        Supplier supplier = registered();
        DefaultApi supplierApi = api("Bearer " + token(api(basic(supplier.contactEmail(), supplier.password())),
                "Submissions robot", "manage-submissions", "read-catalogue"));
        assertThrows(ApiException.class, () -> api(null).supplierResourceProfile(), "no credentials, no profile");

        ProductView product = supplierApi.productResourceCreate(productDetails());
        assertEquals(UUID.fromString(supplier.organisationId()), product.getSupplierId());
        SubmissionView draft = supplierApi.submissionResourceOpen(new NewSubmission().productId(product.getId()).templateId("dtac"));
        assertEquals(SubmissionStatus.DRAFT, draft.getStatus());
        assertEquals("2", draft.getTemplateVersion());
        UUID submissionId = draft.getId();

        answered(supplierApi, supplier, product, submissionId);
        Map<UUID, EvidenceView> evidence = evidenceUploaded(supplierApi, submissionId);
        SubmissionView submitted = supplierApi.submissionResourceSubmit(submissionId);
        assertEquals(SubmissionStatus.SUBMITTED, submitted.getStatus());
        assertNotNull(submitted.getSubmittedAt());

        DefaultApi assessor = api(basic(Demo.ASSESSOR, Http.PASSWORD));
        assertTrue(assessor.submissionResourceList().stream().anyMatch(s -> submissionId.equals(s.getId())),
                "the assessor's list has the submission");
        SubmissionView reviewed = allMet(assessor, submissionId);
        assertTrue(reviewed.getPasses(), "every required criterion is met: " + reviewed.getOutstanding());
        String condition = "Send the next penetration test report to the assurance body when it is received";
        PassportView passport = assessor.submissionResourceIssue(submissionId, new PassportConditions().conditions(List.of(condition)));
        assertEquals(product.getId(), passport.getProductId());
        assertEquals(submissionId, passport.getSubmissionId());
        assertEquals(List.of(condition), passport.getConditions());
        assertTrue(Set.of(PassportStatus.ISSUED, PassportStatus.EXPIRING).contains(passport.getStatus()), "status " + passport.getStatus());
        assertTrue(passport.getSignature().getValid(), "the passport is signed: " + passport.getSignature());
        assertEquals(evidence.keySet(), Set.copyOf(passport.getEvidence().stream().map(e -> e.getEvidenceId()).toList()),
                "the passport covers each uploaded document");
        assertEquals(SubmissionStatus.PASSPORT_ISSUED, supplierApi.submissionResourceOne(submissionId).getStatus());

        trustRelies(passport);
        Verification verification = api(null).passportResourceVerify(passport.getCode());
        assertTrue(verification.getValid(), "anyone can verify it: " + verification);
        assertEquals(product.getDetails().getName(), verification.getProductName());
        assertEquals(supplier.legalName(), verification.getSupplierName());
    }

    /** Registration is public: the anonymous client registers, and its contact becomes the organisation's administrator. */
    private Supplier registered() throws ApiException {
        String run = Suppliers.token(6);
        Registration registration = new Registration().legalName("Generated Client Health " + run + " Ltd")
                .companiesHouseNumber(String.format(Locale.ROOT, "%08d", Long.parseLong(Suppliers.digits(8))))
                .registeredAddress(run + " Client Street, Leeds LS1 4AP").icoNumber("ZA" + Suppliers.digits(6))
                .dsptOdsCode("8" + Suppliers.letters(2) + Suppliers.digits(2)).contactName("Gene Rated")
                .contactEmail("client-" + run + "@supplier.example.org").contactPhone("0113 496 " + Suppliers.digits(4))
                .password("correct-horse-" + Suppliers.token(8));
        SupplierProfile profile = api(null).supplierResourceRegister(registration);
        assertEquals(registration.getLegalName(), profile.getLegalName());
        return new Supplier(base, profile.getOrganisationId().toString(), registration.getLegalName(),
                registration.getCompaniesHouseNumber(), registration.getRegisteredAddress(), registration.getIcoNumber(),
                registration.getDsptOdsCode(), registration.getContactName(), registration.getContactEmail(),
                registration.getContactPhone(), registration.getPassword());
    }

    private static String token(DefaultApi signedIn, String name, String... scopes) throws ApiException {
        IssuedApiToken issued = signedIn.apiTokenResourceCreate(new TokenRequest().name(name + " " + Suppliers.token(4))
                .scopes(List.of(scopes)).expiresOn(LocalDate.now().plusDays(30)));
        assertEquals(Set.of(scopes), Set.copyOf(issued.getToken().getScopes().stream()
                .map(s -> s.getValue().toLowerCase(Locale.ROOT).replace('_', '-')).toList()), "the token has the scopes asked for");
        assertFalse(issued.getSecret().isBlank(), "the secret is answered once");
        return issued.getSecret();
    }

    private static ProductDetails productDetails() {
        return new ProductDetails().name("Clientwatch " + Suppliers.token(5)).version("1.0." + Suppliers.digits(2))
                .summary("Shows ward staff which patients are due observations.")
                .intendedPurpose("Helps nurses schedule and record routine observations on adult wards.")
                .intendedUsers(IntendedUsers.CLINICIANS).careSettings(Set.of("Acute hospital"))
                .conditions(Set.of("Deteriorating patient")).platforms(Set.of(Platform.WEB, Platform.IOS))
                .deviceClass(DeviceClass.NOT_A_DEVICE).marking(Marking.NONE).niceTier(NiceTier.A)
                .standards(Set.of(Standard.FHIR, Standard.NHS_NUMBER, Standard.PDS)).pricingModel(PricingModel.PER_SITE);
    }

    /** The answers DtacAnswers chooses from the template, read and saved through the generated client. */
    private void answered(DefaultApi supplierApi, Supplier supplier, ProductView product, UUID submissionId) throws ApiException {
        JsonObject template = json(supplierApi.templateResourceOne("dtac", "2"));
        DtacAnswers answers = DtacAnswers.forProduct(template, supplier, product.getDetails().getName(),
                product.getDetails().getVersion(), dates.cyberEssentialsIssued(), dates.penTested());
        JsonObject filled = answers.fill(() -> json(call(() -> supplierApi.submissionResourceOne(submissionId))), (toSave, revision) -> {
            List<Answer> list = new ArrayList<>();
            toSave.forEach((code, value) -> list.add(new Answer().criterionCode(code).value(value).notApplicable(false)));
            call(() -> supplierApi.submissionResourceAnswer(submissionId, new Answers().revision(revision).answers(list)));
        });
        assertFalse(Views.strings(filled, "missingEvidence").isEmpty(), "the answers call for evidence");
    }

    private Map<UUID, EvidenceView> evidenceUploaded(DefaultApi supplierApi, UUID submissionId) throws ApiException, IOException {
        List<String> missing = supplierApi.submissionResourceOne(submissionId).getMissingEvidence();
        assertTrue(missing.containsAll(List.of("DSPT_ASSESSMENT", "CYBER_ESSENTIALS", "PEN_TEST")), "evidence asked for: " + missing);
        Map<UUID, EvidenceView> stored = new LinkedHashMap<>();
        for (String type : missing) {
            LocalDate issuedOn = dates.issuedOn(type);
            byte[] pdf = EvidencePdfs.valid(2, type + " evidence sent by a generated client");
            Path file = Files.write(files.resolve(type.toLowerCase(Locale.ROOT) + ".pdf"), pdf);
            EvidenceView view = supplierApi.submissionResourceAttach(submissionId, file.toFile(), issuedOn, type,
                    null, "Example Assurance Ltd", "REF-" + type);
            assertEquals(EvidencePdfs.sha256(pdf), view.getSha256().toLowerCase(Locale.ROOT), "the stored hash is that of the bytes sent");
            assertEquals(type, view.getType());
            assertEquals(issuedOn, view.getIssuedOn());
            stored.put(view.getId(), view);
        }
        assertEquals(List.of(), supplierApi.submissionResourceOne(submissionId).getMissingEvidence());
        return stored;
    }

    private static SubmissionView allMet(DefaultApi assessor, UUID submissionId) throws ApiException {
        SubmissionView view = assessor.submissionResourceOne(submissionId);
        for (CriterionState state : view.getCriteria()) {
            if (Boolean.TRUE.equals(state.getApplies())) {
                view = assessor.submissionResourceDecide(submissionId, new Verdict().criterionCode(state.getCode())
                        .decision(Decision.MET).comment("Checked against the evidence."));
            }
        }
        return view;
    }

    /** The demo trust makes a token that may only rely on passports, and relies on this one with it. */
    private void trustRelies(PassportView passport) throws ApiException {
        DefaultApi trust = api("Bearer " + token(api(basic(Demo.TRUST, Http.PASSWORD)), "Reliance robot", "rely-on-passports"));
        PassportView read = trust.passportResourceOne(passport.getId());
        assertEquals(passport.getCode(), read.getCode());
        RelianceView reliance = trust.passportResourceRely(passport.getId());
        assertEquals(passport.getId(), reliance.getPassportId());
        assertNotNull(reliance.getTrustName());
        assertTrue(trust.passportResourceMine().stream().anyMatch(r -> r.getId().equals(reliance.getId())),
                "the trust's list has the reliance");
        assertEquals(1, trust.passportResourceReliancesOf(passport.getId()).size());
        ApiException refused = assertThrows(ApiException.class, () -> trust.productResourceCreate(productDetails()),
                "a reliance token describes no products");
        assertEquals(403, refused.getCode(), refused.getResponseBody());
    }

    private DefaultApi api(String authorization) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        if (authorization != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", authorization));
        }
        return new DefaultApi(client);
    }

    private static String basic(String email, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A model as JSON, for DtacAnswers, which chooses answers from the template as the other tests read it. */
    private static JsonObject json(Object model) {
        try (var reader = Json.createReader(new StringReader(MODELS.writeValueAsString(model)))) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The client's own mapper, which leaves nulls out as the server does. */
    private static final ObjectMapper MODELS = new ApiClient().getObjectMapper();

    private interface Call<T> {
        T run() throws ApiException;
    }

    private static <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (ApiException e) {
            throw new AssertionError("the API refused: " + e.getCode() + " " + e.getResponseBody(), e);
        }
    }
}
