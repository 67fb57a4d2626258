package org.innovatorpassport.web.page.submission;

import java.util.Map;
import org.innovatorpassport.templates.api.EvidenceType;

/** How evidence is named on a page: by its template type's title, and by the short hash people compare by eye. */
public final class EvidenceNames {

    private EvidenceNames() {
    }

    public static String typeTitle(Map<String, EvidenceType> types, String code) {
        EvidenceType type = types.get(code);
        return type == null ? code : type.title();
    }

    public static String shortHash(String sha256, int length) {
        return sha256 == null ? "" : sha256.length() <= length ? sha256 : sha256.substring(0, length);
    }
}
