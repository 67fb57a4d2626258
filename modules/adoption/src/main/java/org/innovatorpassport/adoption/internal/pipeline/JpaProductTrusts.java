package org.innovatorpassport.adoption.internal.pipeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.innovatorpassport.adoption.api.AdoptionStage;
import org.innovatorpassport.adoption.api.ProductTrusts;

/** One query per method, whatever the number of products or trusts asked about, so a full reindex stays fast. */
@ApplicationScoped
@Transactional
class JpaProductTrusts implements ProductTrusts {

    /** The stages at which a trust counts as having adopted a product. */
    private static final List<AdoptionStage> IN_USE = List.of(AdoptionStage.ADOPTED, AdoptionStage.SCALED);

    @PersistenceContext(unitName = "adoption")
    EntityManager em;

    @Override
    public Map<UUID, Set<String>> adopting(Collection<UUID> productIds) {
        Map<UUID, Set<String>> adopting = new HashMap<>();
        if (productIds.isEmpty()) {
            return adopting;
        }
        List<Object[]> rows = em.createQuery("select a.productId, a.trustOds from AdoptionRecord a where a.productId in :p "
                + "and a.stage in :inUse", Object[].class).setParameter("p", productIds)
                .setParameter("inUse", IN_USE).getResultList();
        rows.forEach(r -> adopting.computeIfAbsent((UUID) r[0], id -> new TreeSet<>()).add((String) r[1]));
        return adopting;
    }

    @Override
    public Set<UUID> adoptedBy(Collection<String> odsCodes) {
        if (odsCodes.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select distinct a.productId from AdoptionRecord a where a.trustOds in :t "
                + "and a.stage in :inUse", UUID.class).setParameter("t", odsCodes).setParameter("inUse", IN_USE).getResultList());
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Set<String>> regionsOf(Collection<String> odsCodes) {
        Map<String, Set<String>> regions = new HashMap<>();
        if (odsCodes.isEmpty()) {
            return regions;
        }
        List<Object[]> rows = em.createNativeQuery("select t.ods_code, b.region from adoption.board_trust t "
                + "join adoption.board b on b.id = t.board_id where t.ods_code in (:codes)").setParameter("codes", odsCodes).getResultList();
        rows.forEach(r -> regions.computeIfAbsent((String) r[0], c -> new TreeSet<>()).add((String) r[1]));
        return regions;
    }
}
