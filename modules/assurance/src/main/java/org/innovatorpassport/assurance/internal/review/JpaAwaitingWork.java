package org.innovatorpassport.assurance.internal.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.innovatorpassport.assurance.api.AwaitingItem;
import org.innovatorpassport.assurance.api.AwaitingItem.Reason;
import org.innovatorpassport.assurance.api.AwaitingWork;
import org.innovatorpassport.catalogue.api.Products;
import org.innovatorpassport.platform.api.Caller;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Roles;

@ApplicationScoped
@Transactional
class JpaAwaitingWork implements AwaitingWork {
    private static final int SHOWN = 500;
    /** The last message of every thread on a submission that is still open to conversation. */
    private static final String LAST_MESSAGES = "select t.submission_id, t.criterion_code, t.written_at, s.product_id, s.supplier_id "
            + "from (select distinct on (submission_id, criterion_code) submission_id, criterion_code, side, written_at "
            + "from assurance.clarification_message order by submission_id, criterion_code, written_at desc, id desc) t "
            + "join assurance.submission s on s.id = t.submission_id ";
    /** Assigned to the caller, or to nobody yet within the caller's body (or not yet taken by any body). */
    private static final String MINE_TO_REVIEW = " left join assurance.submission_assignment a on a.submission_id = s.id "
            + "where (a.assessor_id = :me or (a.assessor_id is null and (a.assurance_body_id is null or a.assurance_body_id = :body))) ";

    @PersistenceContext(unitName = "assurance")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Products products;

    @Inject
    SubmissionTitles titles;

    @Override
    public List<AwaitingItem> mine() {
        Caller caller = callers.required();
        List<AwaitingItem> items = new ArrayList<>();
        if (caller.hasRole(Roles.SUPPLIER)) {
            Query returned = em.createNativeQuery("select s.id, cast(null as text), s.updated_at, s.product_id, s.supplier_id from assurance.submission s "
                    + "where s.supplier_id = :org and s.status = 'RETURNED'").setParameter("org", caller.organisationId());
            add(items, returned, Reason.RETURNED);
            Query questions = em.createNativeQuery(LAST_MESSAGES + "where t.side = 'ASSESSOR' and s.status in ('SUBMITTED', 'RETURNED') "
                    + "and s.supplier_id = :org").setParameter("org", caller.organisationId());
            add(items, questions, Reason.QUESTION);
        }
        if (caller.hasRole(Roles.ASSESSOR)) {
            Query review = em.createNativeQuery("select s.id, cast(null as text), s.submitted_at, s.product_id, s.supplier_id from assurance.submission s"
                    + MINE_TO_REVIEW + "and s.status = 'SUBMITTED'");
            add(items, assessor(review, caller), Reason.REVIEW);
            Query answers = em.createNativeQuery(LAST_MESSAGES + MINE_TO_REVIEW + "and t.side = 'SUPPLIER' "
                    + "and s.status in ('SUBMITTED', 'RETURNED')");
            add(items, assessor(answers, caller), Reason.ANSWER);
        }
        items.sort(Comparator.comparing(AwaitingItem::since));
        return items;
    }

    private static Query assessor(Query query, Caller caller) {
        return query.setParameter("me", caller.userId()).setParameter("body", caller.organisationId());
    }

    @SuppressWarnings("unchecked")
    private void add(List<AwaitingItem> items, Query query, Reason reason) {
        Map<UUID, String[]> productNames = new HashMap<>();
        Map<UUID, String> supplierNames = new HashMap<>();
        for (Object[] row : (List<Object[]>) query.setMaxResults(SHOWN).getResultList()) {
            UUID productId = (UUID) row[3];
            String[] product = productNames.computeIfAbsent(productId, id -> products.find(id)
                    .map(p -> new String[] {p.details().name(), p.details().version()}).orElse(new String[] {"?", "?"}));
            String supplier = supplierNames.computeIfAbsent((UUID) row[4], titles::supplier);
            items.add(new AwaitingItem((UUID) row[0], product[0], product[1], supplier, reason, (String) row[1],
                    InReview.instant(row[2])));
        }
    }
}
