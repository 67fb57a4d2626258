package org.innovatorpassport.web.page;

import static org.innovatorpassport.web.page.Html.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.innovatorpassport.assurance.api.EvidenceView;
import org.innovatorpassport.templates.api.EvidenceType;

/**
 * The evidence documents of a submission: what each is, its dates, its hash (the short form people
 * compare by eye), and a download link; documents with active content get a warning, since an
 * assessor should not open them unguarded.
 */
final class EvidenceList {

    private EvidenceList() {
    }

    static String table(List<EvidenceView> documents, Map<String, EvidenceType> types) {
        List<List<String>> rows = new ArrayList<>();
        for (EvidenceView e : documents) {
            rows.add(List.of(text(typeTitle(types, e.type())), text(e.reference()), text(e.issuer()), text(Dates.day(e.issuedOn())),
                    text(e.expiresOn() == null ? "Does not expire" : Dates.day(e.expiresOn())), text(e.pageCount()),
                    "<code>" + text(shortHash(e.sha256(), 12)) + "</code>", text(e.versionNumber()),
                    Tables.link("/api/evidence/" + e.id() + "/content", "Download", e.fileName())));
        }
        return Tables.tableOrNone("Evidence documents", List.of("Type", "Reference", "Issued by", "Issued", "Expires", "Pages",
                "SHA-256", "Version", "Document"), rows, "No evidence has been uploaded yet.") + activeContent(documents);
    }

    private static String activeContent(List<EvidenceView> documents) {
        StringBuilder warnings = new StringBuilder();
        for (EvidenceView e : documents) {
            if (e.activeContent() != null && !e.activeContent().isEmpty()) {
                warnings.append(Notices.warning("Active content in " + e.fileName(),
                        "<p>This PDF contains content that can run or open something when the file is opened. "
                                + "Open it only in a viewer that blocks active content.</p>" + Tables.bullets(e.activeContent())));
            }
        }
        return warnings.toString();
    }

    static String typeTitle(Map<String, EvidenceType> types, String code) {
        EvidenceType type = types.get(code);
        return type == null ? code : type.title();
    }

    static String shortHash(String sha256, int length) {
        return sha256 == null ? "" : sha256.length() <= length ? sha256 : sha256.substring(0, length);
    }
}
