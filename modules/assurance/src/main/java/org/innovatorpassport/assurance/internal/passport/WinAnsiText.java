package org.innovatorpassport.assurance.internal.passport;

import java.io.IOException;
import java.text.Normalizer;
import java.util.BitSet;
import java.util.Map;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/**
 * Text the Standard 14 fonts can show. They carry only the WinAnsi repertoire and PDFBox throws
 * on anything else, which would make one supplier called "Łódź 漢方" unable to receive a
 * certificate. Characters outside the repertoire become their unaccented letter where Unicode
 * says what that is, a few look-alikes, or "?".
 */
final class WinAnsiText {

    private static final BitSet SHOWABLE = showable();
    private static final Map<Integer, String> LOOK_ALIKES = Map.ofEntries(
            Map.entry((int) 'Ł', "L"), Map.entry((int) 'ł', "l"), Map.entry((int) 'Đ', "D"), Map.entry((int) 'đ', "d"),
            Map.entry((int) 'Ħ', "H"), Map.entry((int) 'ħ', "h"), Map.entry((int) 'ı', "i"), Map.entry((int) 'Ŧ', "T"),
            Map.entry((int) 'ŧ', "t"), Map.entry(0x2010, "-"), Map.entry(0x2011, "-"), Map.entry(0x2012, "-"),
            Map.entry(0x2015, "-"), Map.entry(0x2212, "-"), Map.entry(0x2264, "<="), Map.entry(0x2265, ">="),
            Map.entry(0x2192, "->"), Map.entry(0x2190, "<-"), Map.entry(0x2713, "v"), Map.entry(0x2009, " "),
            Map.entry(0x202F, " "), Map.entry(0x00A0, " "));

    private WinAnsiText() {
    }

    /** One line of showable text: line breaks and tabs become spaces; null becomes an em dash. */
    static String of(String raw) {
        if (raw == null || raw.isBlank()) {
            return "\u2014";
        }
        StringBuilder shown = new StringBuilder(raw.length());
        raw.codePoints().forEach(c -> shown.append(replace(c)));
        return shown.toString().strip();
    }

    private static String replace(int c) {
        if (Character.isWhitespace(c) || Character.isISOControl(c)) {
            return " ";
        }
        if (c < SHOWABLE.size() && SHOWABLE.get(c)) {
            return Character.toString(c);
        }
        String lookAlike = LOOK_ALIKES.get(c);
        if (lookAlike != null) {
            return lookAlike;
        }
        String decomposed = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFD);
        int base = decomposed.codePointAt(0);
        if (base != c && base < SHOWABLE.size() && SHOWABLE.get(base)) {
            return Character.toString(base);
        }
        if (Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.FORMAT) {
            return "";
        }
        return "?";
    }

    /** Every code point WinAnsi names and Helvetica will actually encode. */
    private static BitSet showable() {
        PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        GlyphList glyphs = GlyphList.getAdobeGlyphList();
        BitSet showable = new BitSet(0x2200);
        for (String name : WinAnsiEncoding.INSTANCE.getCodeToNameMap().values()) {
            String unicode = glyphs.toUnicode(name);
            if (unicode == null || unicode.codePointCount(0, unicode.length()) != 1) {
                continue;
            }
            try {
                helvetica.encode(unicode);
                showable.set(unicode.codePointAt(0));
            } catch (IOException | IllegalArgumentException e) {
                // named by the encoding but not in the font: leave it to the replacements
            }
        }
        return showable;
    }
}
