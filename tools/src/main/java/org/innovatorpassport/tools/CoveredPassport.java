package org.innovatorpassport.tools;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The content a valid signature covers, printed for a person: the passport without its live status. */
final class CoveredPassport {
    private final Map<String, Object> content;

    CoveredPassport(Map<String, Object> content) {
        this.content = content;
    }

    String code() {
        return text(content, "code");
    }

    String productName() {
        return text(object("product"), "name");
    }

    String productVersion() {
        return text(object("product"), "version");
    }

    List<Map<String, Object>> evidence() {
        return objects(content.get("evidence"));
    }

    String verificationAddress(String issuer) {
        return (issuer == null ? "" : issuer.replaceAll("/+$", "")) + "/verify/" + code();
    }

    void print(PrintStream out) {
        Map<String, Object> template = object("template");
        out.println("Passport        " + code() + " (id " + text(content, "id") + ")");
        out.println("Product         " + productName() + ", version " + productVersion());
        out.println("Supplier        " + text(object("supplier"), "name"));
        out.println("Assessed        against " + text(template, "id") + " version " + text(template, "version") + " by "
                + text(content, "assessor") + ", " + text(content, "assuranceBody"));
        out.println("Issued on       " + text(content, "issuedOn"));
        out.println("Expires on      " + text(content, "expiresOn"));
        List<Map<String, Object>> evidence = evidence();
        out.println("Evidence covered (" + evidence.size() + "):");
        for (Map<String, Object> item : evidence) {
            out.println("  - " + text(item, "type") + ", reference " + text(item, "reference") + ", issued by "
                    + text(item, "issuer") + " on " + text(item, "issuedOn") + ", expires "
                    + Objects.requireNonNullElse(text(item, "expiresOn"), "never"));
            out.println("    SHA-256 " + text(item, "sha256") + ", signed off by " + text(item, "signedOffBy"));
        }
        List<?> conditions = content.get("conditions") instanceof List<?> list ? list : List.of();
        out.println("Conditions" + (conditions.isEmpty() ? "      none" : ":"));
        conditions.forEach(condition -> out.println("  - " + condition));
        List<?> supersedes = content.get("supersedes") instanceof List<?> list ? list : List.of();
        out.println("Replaces        " + (supersedes.isEmpty() ? "no earlier passport" : supersedes));
    }

    private Map<String, Object> object(String name) {
        return asObject(content.get(name));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asObject(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static List<Map<String, Object>> objects(Object value) {
        return value instanceof List<?> list ? list.stream().map(CoveredPassport::asObject).toList() : List.of();
    }

    private static String text(Map<String, Object> map, String name) {
        Object value = map.get(name);
        return value == null ? null : value.toString();
    }
}
