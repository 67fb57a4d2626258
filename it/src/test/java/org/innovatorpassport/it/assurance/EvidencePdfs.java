package org.innovatorpassport.it.assurance;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/** Evidence files made at run time: good PDFs, and each kind of file the upload must refuse. */
final class EvidencePdfs {
    static final long MIB = 1024L * 1024L;
    /** The upload limit of the application. */
    static final long MAX_BYTES = 25 * MIB;
    /** The page limit of the application. */
    static final int MAX_PAGES = 500;

    private EvidencePdfs() {
    }

    /** A valid PDF of {@code pages} A4 pages, each saying "Page n: text". */
    static byte[] valid(int pages, String text) {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.newLineAtOffset(72, 760);
                    content.showText("Page " + i + ": " + text);
                    content.endText();
                }
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid PDF that needs the user password to open. */
    static byte[] encrypted(String userPassword) {
        try (PDDocument document = Loader.loadPDF(valid(1, "confidential penetration test report"))) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + userPassword, userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(256);
            document.protect(policy);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF header followed by random bytes. */
    static byte[] corrupt() {
        byte[] header = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] garbage = new byte[48 * 1024];
        new Random(20260406L).nextBytes(garbage);
        byte[] corrupt = Arrays.copyOf(header, header.length + garbage.length);
        System.arraycopy(garbage, 0, corrupt, header.length, garbage.length);
        return corrupt;
    }

    static byte[] empty() {
        return new byte[0];
    }

    /** A real PNG image (to be uploaded under a .pdf name). */
    static byte[] png() {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.BLUE);
        graphics.fillRect(0, 0, 16, 16);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Plain text (to be uploaded under a .pdf name). */
    static byte[] text() {
        return "Our DSPT status is Standards Met for 2025-26.\n".getBytes(StandardCharsets.UTF_8);
    }

    /** A valid PDF of one page more than the limit; small, as its pages are blank. */
    static byte[] tooManyPages() {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < MAX_PAGES + 1; i++) {
                document.addPage(new PDPage(PDRectangle.A4));
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 26 MiB starting with a PDF header: over the limit, so refused by its size before it is parsed. */
    static byte[] tooLarge() {
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        byte[] large = new byte[(int) (MAX_BYTES + MIB)];
        Arrays.fill(large, (byte) ' ');
        System.arraycopy(header, 0, large, 0, header.length);
        return large;
    }

    /**
     * About a megabyte: one form XObject whose FlateDecode stream inflates to {@code inflatedMiB} MiB of
     * zeros, drawn on each of {@code pages} pages. Reading its text naively would decode it on every page.
     */
    static byte[] bomb(int pages, int inflatedMiB) {
        try (PDDocument document = new PDDocument()) {
            COSStream stream = document.getDocument().createCOSStream();
            stream.setItem(COSName.TYPE, COSName.XOBJECT);
            stream.setItem(COSName.SUBTYPE, COSName.FORM);
            stream.setItem(COSName.BBOX, PDRectangle.A4.getCOSArray());
            stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
            try (OutputStream raw = stream.createRawOutputStream();
                 DeflaterOutputStream zlib = new DeflaterOutputStream(raw, deflater, 64 * 1024)) {
                byte[] zeros = new byte[(int) MIB];
                for (int i = 0; i < inflatedMiB; i++) {
                    zlib.write(zeros);
                }
            } finally {
                deflater.end();
            }
            PDFormXObject form = new PDFormXObject(stream);
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawForm(form);
                }
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a PDF, as PDFBox reads it. */
    static String textOf(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int pageCountOf(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
