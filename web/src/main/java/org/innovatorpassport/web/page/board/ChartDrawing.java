package org.innovatorpassport.web.page.board;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Draws one chart definition two ways: as a standalone SVG image for pages (JFreeSVG), carrying its
 * own text alternative, and as a PDF form of vector graphics (pdfbox-graphics2d) for the report.
 */
final class ChartDrawing {
    static final int WIDTH = 640;
    static final int HEIGHT = 320;
    private static final String SVG = "http://www.w3.org/2000/svg";

    private ChartDrawing() {
    }

    /**
     * The chart as an SVG document whose root is an image with a name (role, aria-label, title) and a
     * description, so that a screen reader opening the image on its own is told what it shows. The
     * text is added as DOM nodes, which the serializer escapes: nothing typed by a supplier or a
     * trust can become markup.
     */
    static String svg(JFreeChart chart, String title, String description) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        g.dispose();
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(g.getSVGElement())));
            Element root = doc.getDocumentElement();
            root.setAttribute("role", "img");
            root.setAttribute("aria-label", title);
            root.setAttribute("aria-describedby", "chart-desc");
            root.setAttribute("viewBox", "0 0 " + WIDTH + " " + HEIGHT);
            Element desc = doc.createElementNS(SVG, "desc");
            desc.setAttribute("id", "chart-desc");
            desc.setTextContent(description);
            root.insertBefore(desc, root.getFirstChild());
            Element name = doc.createElementNS(SVG, "title");
            name.setTextContent(title);
            root.insertBefore(name, root.getFirstChild());
            TransformerFactory transformers = TransformerFactory.newInstance();
            transformers.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            transformers.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            var transformer = transformers.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (ParserConfigurationException | SAXException | IOException | TransformerException e) {
            throw new IllegalStateException("JFreeSVG wrote a document that does not parse", e);
        }
    }

    /** The chart as a form of vector graphics, {@code width} by {@code height} points, to place on a PDF page. */
    static PDFormXObject pdf(PDDocument document, JFreeChart chart, float width, float height) throws IOException {
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, width, height);
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return g.getXFormObject();
    }
}
