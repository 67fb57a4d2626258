package org.innovatorpassport.search.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the cluster answers and the listings alias exists. */
@Readiness
@ApplicationScoped
class ElasticsearchReadiness implements HealthCheck {

    @Inject
    ElasticsearchConnection elasticsearch;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("elasticsearch");
        try {
            var health = elasticsearch.client().cluster().health(h -> h.timeout(t -> t.time("2s")));
            boolean alias = elasticsearch.client().indices().existsAlias(a -> a.name(elasticsearch.listingsAlias())).value();
            return response.status(alias && !"red".equalsIgnoreCase(health.status().jsonValue()))
                    .withData("cluster", health.status().jsonValue()).withData("alias", alias).build();
        } catch (Exception e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
