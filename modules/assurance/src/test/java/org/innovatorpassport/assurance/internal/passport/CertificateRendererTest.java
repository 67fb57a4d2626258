package org.innovatorpassport.assurance.internal.passport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CertificateRendererTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
    private final CertificateRenderer renderer = new CertificateRenderer(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void printsWhatATrustNeedsToRelyOnThePassport() throws IOException {
        CertificateContent content = content("Wound Watch", "Dr Priya Shah", evidence(3), List.of(
                "Valid only for deployment with the supplier-hosted service.",
                "Re-assess clinical safety if the triage algorithm changes."));

        byte[] pdf = renderer.render(content);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Innovator Passport"), text);
            assertTrue(text.contains("Wound Watch (version 4.2.0)"), text);
            assertTrue(text.contains("7K4Q-9XPD"), text);
            assertTrue(text.contains("https://innovatorpassport.example/verify/7K4Q-9XPD"), text);
            assertTrue(text.contains("DTAC 2024.1"), text);
            assertTrue(text.contains("28 February 2027"), text);
            for (CertificateEvidence item : content.evidence()) {
                assertTrue(text.contains(item.reference()), item.reference() + " missing from\n" + text);
                assertTrue(text.contains(item.sha256Hex().substring(0, 16)), text);
            }
            assertTrue(text.contains("Re-assess clinical safety"), text);
            assertTrue(text.contains(content.signingKeyId()), "the certificate names the signing key: " + text);

            assertEquals(1, document.getNumberOfPages());
            PDRectangle a4 = PDRectangle.A4;
            PDPage page = document.getPage(0);
            assertEquals(a4.getWidth(), page.getMediaBox().getWidth(), 0.01);
            assertEquals(a4.getHeight(), page.getMediaBox().getHeight(), 0.01);
            assertEquals("Innovator Passport: Wound Watch (version 4.2.0)", document.getDocumentInformation().getTitle());
            assertTrue(document.getDocumentInformation().getSubject().contains("7K4Q-9XPD"));
            assertEquals(NOW.toEpochMilli(), document.getDocumentInformation().getCreationDate().getTimeInMillis());
        }
    }

    @Test
    void printsAQrCodeThatAPhoneReadsAsTheVerificationAddress() throws IOException {
        CertificateContent content = content("Wound Watch", "Dr Priya Shah", evidence(3), List.of());

        try (PDDocument document = Loader.loadPDF(renderer.render(content))) {
            assertEquals(List.of(content.verificationUrl()), QrCodes.on(document, 0),
                    "one QR code on the page, and it reads as the verification address");
        }
    }

    @Test
    void replacesCharactersTheStandardFontsCannotShow() throws IOException {
        byte[] pdf = renderer.render(content("Zoë Ł 漢 Triage \u2192 Care", "Zoë Łukasz 漢字", evidence(1), List.of()));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Zoë L ? Triage -> Care"), text);
            assertTrue(text.contains("Zoë Lukasz ??"), text);
        }
    }

    @Test
    void flowsALongEvidenceListOntoFurtherPagesAndWrapsLongValues() throws IOException {
        List<CertificateEvidence> many = evidence(40);
        String longCondition = "The supplier must ".repeat(40) + "report incidents.";
        byte[] pdf = renderer.render(content("Wound Watch", "Dr Priya Shah", many, List.of(longCondition)));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(document.getNumberOfPages() >= 2);
            for (CertificateEvidence item : many) {
                assertTrue(text.contains(item.reference()), item.reference());
            }
            assertTrue(text.contains("Page 1 of " + document.getNumberOfPages()), text);
            assertTrue(text.contains("report incidents."), text);
        }
    }

    @Test
    void rendersMissingValuesAsDashes() throws IOException {
        CertificateContent sparse = new CertificateContent("p-1", "Product", null, null, null, null, "CODE-1",
                "https://innovatorpassport.example/verify/CODE-1", null, null, null, null, null, null, null);

        try (PDDocument document = Loader.loadPDF(renderer.render(sparse))) {
            assertNotNull(new PDFTextStripper().getText(document));
        }
    }

    private static CertificateContent content(String product, String assessor, List<CertificateEvidence> evidence,
                                              List<String> conditions) {
        return new CertificateContent("6f1c2a9e-3b7d-4f0a-9c55-0d2e8b7a4c11", product, "4.2.0",
                "Healthy Wounds Ltd", "DTAC 2024.1", "Active", "7K4Q-9XPD",
                "https://innovatorpassport.example/verify/7K4Q-9XPD", LocalDate.of(2026, 3, 1),
                LocalDate.of(2027, 2, 28), "North Coast Assurance Partnership", assessor, evidence, conditions,
                "q3Z1pNkzqo6d8bC9Wb0lS0Rj4nS3kqzR8tXh2L1yA5E");
    }

    private static List<CertificateEvidence> evidence(int count) {
        String[] types = {"DSPT assessment", "DCB0129 safety case", "Penetration test", "DPIA"};
        List<CertificateEvidence> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String reference = String.format("EV-%04d-R%d", i, i);
            items.add(new CertificateEvidence(types[i % types.length], reference, "Issuer " + (i % 3),
                    LocalDate.of(2025, 1 + i % 12, 1 + i % 28), LocalDate.of(2027, 2, 28), sha256(reference)));
        }
        return items;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
