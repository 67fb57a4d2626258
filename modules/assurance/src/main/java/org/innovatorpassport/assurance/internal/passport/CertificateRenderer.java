package org.innovatorpassport.assurance.internal.passport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TimeZone;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Renders a passport's PDF certificate: one A4 page for a typical passport, a second when the
 * evidence list or conditions are long. Stateless and safe to share between threads; each call
 * builds its own document.
 */
public final class CertificateRenderer {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final float[] EVIDENCE_COLUMNS = {85, 95, 95, 55, 55, 110};
    private static final String[] EVIDENCE_HEADER = {"Type", "Reference", "Issuer", "Issued", "Expires", "SHA-256 (first 16)"};
    private static final int SHA_COLUMN = 5;
    /** About 39 mm square with its quiet zone: a phone reads it easily from a printed page. */
    private static final float QR_SIZE = 110;

    private final Clock clock;

    public CertificateRenderer() {
        this(Clock.systemUTC());
    }

    /** @param clock stamps the document's creation date */
    public CertificateRenderer(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public byte[] render(CertificateContent content) {
        Objects.requireNonNull(content, "content");
        try (PDDocument document = new PDDocument()) {
            describe(document, content);
            try (CertificateLayout layout = new CertificateLayout(document)) {
                summary(layout, content);
                evidence(layout, content.evidence());
                conditions(layout, content.conditions());
                verification(layout, content);
                layout.footers("Innovator Passport certificate for passport " + content.passportId()
                        + ". The passport record at the verification address is authoritative.");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the certificate for passport " + content.passportId(), e);
        }
    }

    private void describe(PDDocument document, CertificateContent content) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle("Innovator Passport: " + product(content));
        info.setSubject("Assurance certificate for passport " + content.passportId()
                + ", verification code " + content.verificationCode());
        info.setAuthor(content.assuranceBody());
        info.setCreator("Innovator Passport");
        info.setKeywords("innovator passport, " + content.verificationCode());
        GregorianCalendar created = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        created.setTimeInMillis(clock.millis());
        info.setCreationDate(created);
    }

    private static void summary(CertificateLayout layout, CertificateContent content) throws IOException {
        layout.title("Innovator Passport", "Assurance certificate");
        layout.field("Product", product(content));
        layout.field("Supplier", content.supplierName());
        layout.field("Scope", content.scope());
        layout.field("Status", content.status());
        layout.field("Issued on", date(content.issuedOn(), LONG_DATE));
        layout.field("Expires on", date(content.expiresOn(), LONG_DATE));
        layout.field("Assurance body", content.assuranceBody());
        layout.field("Assessor", content.assessorName());
        layout.field("Passport ID", content.passportId());
    }

    private static void evidence(CertificateLayout layout, List<CertificateEvidence> evidence) throws IOException {
        layout.heading("Evidence covered");
        if (evidence.isEmpty()) {
            layout.paragraph("No evidence is listed on this passport.", layout.regular, 10);
            return;
        }
        List<String[]> rows = new ArrayList<>();
        for (CertificateEvidence item : evidence) {
            rows.add(new String[] {item.type(), item.reference(), item.issuer(), date(item.issuedOn(), SHORT_DATE),
                    date(item.expiresOn(), SHORT_DATE), shortDigest(item.sha256Hex())});
        }
        layout.table(EVIDENCE_COLUMNS, EVIDENCE_HEADER, rows, SHA_COLUMN);
    }

    private static void conditions(CertificateLayout layout, List<String> conditions) throws IOException {
        layout.heading("Conditions and caveats");
        if (conditions.isEmpty()) {
            layout.paragraph("None.", layout.regular, 10);
            return;
        }
        for (String condition : conditions) {
            layout.bullet(condition);
        }
    }

    /** The code, the address and a QR code of the address beside them, and which key signed the passport. */
    private static void verification(CertificateLayout layout, CertificateContent content) throws IOException {
        layout.ensureRoom(190);
        layout.heading("Verify this passport");
        boolean scannable = content.verificationUrl() != null && !content.verificationUrl().isBlank();
        float qrBottom = scannable ? layout.qrCode(VerificationQr.of(content.verificationUrl()), QR_SIZE) : Float.MAX_VALUE;
        float width = scannable ? CertificateLayout.WIDTH - QR_SIZE : CertificateLayout.WIDTH;
        layout.paragraph("Verification code", layout.bold, 10, width);
        layout.gap(4);
        layout.paragraph(content.verificationCode(), layout.monoBold, 26, width);
        layout.gap(6);
        layout.paragraph("Check the passport's current status at", layout.regular, 10, width);
        layout.paragraph(content.verificationUrl(), layout.bold, 11, width);
        if (scannable) {
            layout.paragraph("or scan the code with a phone.", layout.regular, 10, width);
        }
        layout.gap(6);
        layout.paragraph("Signature", layout.bold, 9, width);
        layout.paragraph(content.signingKeyId() == null ? "Not signed."
                : "Signed (JWS, ES256) with key " + content.signingKeyId() + ". The signed passport and the public keys that "
                + "check it offline are at the verification address.", layout.regular, 8, width);
        layout.below(qrBottom);
    }

    private static String product(CertificateContent content) {
        return content.productVersion() == null || content.productVersion().isBlank()
                ? content.productName()
                : content.productName() + " (version " + content.productVersion() + ")";
    }

    private static String date(LocalDate date, DateTimeFormatter format) {
        return date == null ? "\u2014" : format.format(date);
    }

    private static String shortDigest(String sha256Hex) {
        return sha256Hex == null ? "\u2014" : sha256Hex.substring(0, Math.min(16, sha256Hex.length()));
    }
}
