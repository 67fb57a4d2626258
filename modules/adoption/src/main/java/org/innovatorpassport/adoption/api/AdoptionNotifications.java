package org.innovatorpassport.adoption.api;

import java.util.List;
import java.util.UUID;

/** Notices about adoptions to the caller's trust, or to the boards the caller sits on. */
public interface AdoptionNotifications {

    /** Newest first. */
    List<NotificationView> mine();

    long unread();

    /** Marks a notice of the caller's as read; marking it again changes nothing. */
    NotificationView markRead(UUID notificationId);
}
