package org.innovatorpassport.adoption.internal.flag;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.innovatorpassport.adoption.api.AdoptionNotifications;
import org.innovatorpassport.adoption.api.BoardView;
import org.innovatorpassport.adoption.api.Boards;
import org.innovatorpassport.adoption.api.NotificationView;
import org.innovatorpassport.platform.api.Caller;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.platform.api.Roles;

@ApplicationScoped
@Transactional
class JpaAdoptionNotifications implements AdoptionNotifications {

    @PersistenceContext(unitName = "adoption")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Boards boards;

    @Inject
    Clock clock;

    @Override
    public List<NotificationView> mine() {
        List<UUID> recipients = recipients(callers.required());
        return recipients.isEmpty() ? List.of() : em.createQuery("select n from NotificationRecord n where n.recipientId in :r "
                + "order by n.createdAt desc", NotificationRecord.class).setParameter("r", recipients).setMaxResults(200)
                .getResultStream().map(NotificationRecord::view).toList();
    }

    @Override
    public long unread() {
        List<UUID> recipients = recipients(callers.required());
        return recipients.isEmpty() ? 0 : em.createQuery("select count(n) from NotificationRecord n where n.recipientId in :r "
                + "and n.readAt is null", Long.class).setParameter("r", recipients).getSingleResult();
    }

    @Override
    public NotificationView markRead(UUID notificationId) {
        NotificationRecord notice = em.find(NotificationRecord.class, notificationId);
        if (notice == null || !recipients(callers.required()).contains(notice.recipientId)) {
            throw Problem.notFound("The notification");
        }
        if (notice.readAt == null) {
            notice.readAt = clock.instant();
            em.flush();
        }
        return notice.view();
    }

    /** A trust user reads its trust's notices; a board member those of every board they sit on. */
    private List<UUID> recipients(Caller caller) {
        List<UUID> recipients = new ArrayList<>();
        if (caller.hasRole(Roles.TRUST)) {
            recipients.add(caller.organisationId());
        }
        if (caller.hasRole(Roles.BOARD)) {
            boards.visible().stream().map(BoardView::id).forEach(recipients::add);
        }
        return recipients;
    }
}
