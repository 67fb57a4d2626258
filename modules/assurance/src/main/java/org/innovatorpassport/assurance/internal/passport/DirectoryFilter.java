package org.innovatorpassport.assurance.internal.passport;

import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.innovatorpassport.assurance.api.DirectorySearch;
import org.innovatorpassport.assurance.api.PassportStatus;

/**
 * The JPQL condition that picks the public directory's passports: the newest passport of each product
 * version unless it was superseded, narrowed by a name and by when it last changed. Names are matched
 * with LIKE, so the caller's own {@code %} and {@code _} are escaped and match only themselves.
 */
final class DirectoryFilter {
    private final StringBuilder where = new StringBuilder(
            " where p.status <> :superseded and not exists (select q.id from PassportRecord q"
                    + " where q.productId = p.productId and q.createdAt > p.createdAt)");
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    DirectoryFilter(DirectorySearch search, String nameField, boolean byChange) {
        parameters.put("superseded", PassportStatus.SUPERSEDED);
        if (search.name() != null) {
            where.append(" and lower(").append(nameField).append(") like :name escape '\\'");
            parameters.put("name", pattern(search.name(), search.match()));
        }
        if (byChange && search.changedFrom() != null) {
            where.append(" and p.updatedAt >= :changedFrom");
            parameters.put("changedFrom", search.changedFrom());
        }
        if (byChange && search.changedBefore() != null) {
            where.append(" and p.updatedAt < :changedBefore");
            parameters.put("changedBefore", search.changedBefore());
        }
    }

    String where() {
        return where.toString();
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    static String pattern(String name, DirectorySearch.NameMatch match) {
        String literal = name.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return switch (match) {
            case EXACT -> literal;
            case STARTS_WITH -> literal + "%";
            case CONTAINS -> "%" + literal + "%";
        };
    }
}
