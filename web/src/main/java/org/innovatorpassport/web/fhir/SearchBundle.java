package org.innovatorpassport.web.fhir;

import jakarta.ws.rs.core.UriInfo;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * One page of a search as a searchset Bundle: the total, and self, next and previous links that repeat
 * the search with another {@code _offset}, so a client pages by following links it never builds.
 */
final class SearchBundle {
    private final UriInfo uri;
    private final String base;
    private final DirectoryQuery query;
    private final long total;

    SearchBundle(UriInfo uri, String base, DirectoryQuery query, long total) {
        this.uri = uri;
        this.base = base;
        this.query = query;
        this.total = total;
    }

    Bundle with(List<Resource> resources) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET).setTotal((int) Math.min(total, Integer.MAX_VALUE));
        bundle.getMeta().setLastUpdated(new Date());
        bundle.addLink().setRelation("self").setUrl(page(query.offset()));
        if (query.count() > 0 && query.offset() + query.count() < total
                && query.offset() + query.count() <= DirectoryQuery.MAX_OFFSET) {
            bundle.addLink().setRelation("next").setUrl(page(query.offset() + query.count()));
        }
        if (query.offset() > 0) {
            bundle.addLink().setRelation("previous").setUrl(page(Math.max(0, query.offset() - Math.max(1, query.count()))));
        }
        for (Resource resource : resources) {
            bundle.addEntry().setFullUrl(base + "/" + resource.fhirType() + "/" + resource.getIdElement().getIdPart())
                    .setResource(resource).getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        return bundle;
    }

    private String page(int offset) {
        return uri.getRequestUriBuilder().replaceQueryParam("_offset", offset).replaceQueryParam("_count", query.count())
                .build().toString();
    }
}
