package org.innovatorpassport.adoption.api;

import java.util.List;

/**
 * The pipelines as CSV (RFC 4180), one row per trust and product version, for a board to take into a
 * spreadsheet. A cell that a spreadsheet would run as a formula is prefixed with an apostrophe.
 */
public final class PipelineCsv {
    private static final String HEADER = "Trust ODS code,Trust,Product,Version,Stage,Flagged,Flag reason,Stop reason,Last change";

    private PipelineCsv() {
    }

    public static String of(List<AdoptionView> adoptions) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (AdoptionView a : adoptions) {
            csv.append(String.join(",", cell(a.trustOds()), cell(a.trustName()), cell(a.productName()), cell(a.productVersion()),
                    cell(a.stage().label()), a.flagged() ? "yes" : "no", cell(a.flagReason()), cell(a.stopReason()),
                    cell(a.updatedAt() == null ? null : a.updatedAt().toString()))).append("\r\n");
        }
        return csv.toString();
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
