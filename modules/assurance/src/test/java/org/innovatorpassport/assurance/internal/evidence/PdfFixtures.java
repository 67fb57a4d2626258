package org.innovatorpassport.assurance.internal.evidence;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;

import javax.imageio.ImageIO;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/** Evidence files built with PDFBox while the tests run, so no binary fixture is committed. */
final class PdfFixtures {

    private PdfFixtures() {
    }

    /** A PDF whose page n reads {@code "Page n: " + line} on each of its lines. */
    static byte[] textPdf(int pages, int linesPerPage, String line) {
        try (PDDocument document = new PDDocument()) {
            PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int n = 1; n <= pages; n++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(helvetica, 10);
                    content.setLeading(14);
                    content.newLineAtOffset(50, 790);
                    for (int i = 0; i < linesPerPage; i++) {
                        content.showText("Page " + n + ": " + line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] protectedPdf(String userPassword) {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage(PDRectangle.A4));
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] openActionJavaScript(String script) {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage(PDRectangle.A4));
            document.getDocumentCatalog().setOpenAction(new PDActionJavaScript(script));
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Document JavaScript, an embedded file and a link that launches a program. */
    static byte[] scriptsAttachmentAndLaunch() {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDComplexFileSpecification attachment = new PDComplexFileSpecification();
            attachment.setFile("payload.exe");
            attachment.setEmbeddedFile(new PDEmbeddedFile(document,
                    new java.io.ByteArrayInputStream(new byte[] {'M', 'Z'})));
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(java.util.Map.of("payload.exe", attachment));
            PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
            scripts.setNames(java.util.Map.of("init", new PDActionJavaScript("this.print({bUI: false});")));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(files);
            names.setJavascript(scripts);
            document.getDocumentCatalog().setNames(names);
            PDActionLaunch launch = new PDActionLaunch();
            PDSimpleFileSpecification program = new PDSimpleFileSpecification();
            program.setFile("calc.exe");
            launch.setFile(program);
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(50, 700, 100, 20));
            link.setAction(launch);
            page.getAnnotations().add(link);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A Flate bomb: a form XObject of about a megabyte that inflates to {@code inflatedMiB} MiB of
     * whitespace, drawn by every page. PDFBox 3 streams a page's own Flate contents but decodes a
     * form wholly into heap before interpreting it, so a naive text extraction holds the inflated
     * size in memory once per page (with 1 GiB and 50 pages: 50 GiB of allocation and minutes of
     * inflating that no interrupt stops).
     */
    static byte[] flateBomb(int pages, int inflatedMiB) {
        try (PDDocument document = new PDDocument()) {
            COSStream bomb = document.getDocument().createCOSStream();
            bomb.setItem(COSName.TYPE, COSName.XOBJECT);
            bomb.setItem(COSName.SUBTYPE, COSName.FORM);
            bomb.setItem(COSName.BBOX, PDRectangle.A4.getCOSArray());
            bomb.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            try (OutputStream raw = bomb.createRawOutputStream()) {
                writeZlibOfZeros(raw, inflatedMiB);
            }
            PDFormXObject form = new PDFormXObject(bomb);
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

    /**
     * A page tree that claims one page but nests {@code depth} levels of /Pages nodes above it.
     * PDFBox's page iterator recurses once per level, so a deep enough tree overflows its stack.
     */
    static byte[] deepPageTree(int depth) {
        try (PDDocument document = new PDDocument()) {
            // built from the root down: PDFBox links each new dictionary to the document
            // recursively, so attaching a finished deep chain would overflow the test's own stack
            COSDictionary node = new COSDictionary();
            document.getDocumentCatalog().getCOSObject().setItem(COSName.PAGES, node);
            for (int level = 0; level <= depth; level++) {
                node.setItem(COSName.TYPE, COSName.PAGES);
                node.setInt(COSName.COUNT, 1);
                COSDictionary kid = level == depth ? new PDPage(PDRectangle.A4).getCOSObject() : new COSDictionary();
                COSArray kids = new COSArray();
                kids.add(kid);
                node.setItem(COSName.KIDS, kids);
                kid.setItem(COSName.PARENT, node);
                node = kid;
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One page dictionary listed {@code times} times under a root that claims a single page. */
    static byte[] onePageListedManyTimes(int times) {
        try (PDDocument document = new PDDocument()) {
            COSDictionary page = new PDPage(PDRectangle.A4).getCOSObject();
            COSDictionary root = new COSDictionary();
            root.setItem(COSName.TYPE, COSName.PAGES);
            COSArray kids = new COSArray();
            for (int i = 0; i < times; i++) {
                kids.add(page);
            }
            root.setItem(COSName.KIDS, kids);
            root.setInt(COSName.COUNT, 1);
            page.setItem(COSName.PARENT, root);
            document.getDocumentCatalog().getCOSObject().setItem(COSName.PAGES, root);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] png() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // no object streams: the fixtures' structure stays exactly as built
        document.save(out, CompressParameters.NO_COMPRESSION);
        return out.toByteArray();
    }

    /**
     * Writes a zlib stream of {@code mib} MiB of zero bytes (whitespace to a content stream parser)
     * without deflating all of it: after a sync flush the compressor's window holds only zeros, so
     * every further MiB compresses to the same bytes and can simply be repeated. The Adler-32
     * trailer of n zeros is (n mod 65521) << 16 | 1.
     */
    private static void writeZlibOfZeros(OutputStream out, int mib) throws IOException {
        byte[] zeros = new byte[1 << 20];
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            out.write(0x78);
            out.write(0xDA);
            out.write(deflate(deflater, zeros));
            byte[] repeated = deflate(deflater, zeros);
            for (int i = 1; i < mib; i++) {
                out.write(repeated);
            }
            out.write(finish(deflater));
        } finally {
            deflater.end();
        }
        long adler = ((((long) mib << 20) % 65_521) << 16) | 1;
        out.write(new byte[] {(byte) (adler >>> 24), (byte) (adler >>> 16), (byte) (adler >>> 8), (byte) adler});
    }

    private static byte[] deflate(Deflater deflater, byte[] input) {
        deflater.setInput(input);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        int written;
        do {
            written = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
            out.write(buffer, 0, written);
        } while (written == buffer.length || !deflater.needsInput());
        return out.toByteArray();
    }

    private static byte[] finish(Deflater deflater) {
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        return out.toByteArray();
    }
}
