package org.innovatorpassport.platform.api;

import java.util.List;
import java.util.UUID;

/**
 * In-app notifications. A module sends them (usually from an outbox consumer, so a crash loses
 * none); the signed-in caller reads those sent to them or to their organisation and marks them read.
 */
public interface Notifications {

    /**
     * Sends one notification to a user or an organisation; sending again with the same
     * {@code dedupeKey} to the same recipient changes nothing, so an outbox redelivery is harmless.
     */
    void send(UUID recipientId, String kind, String subjectType, UUID subjectId, String message, UUID dedupeKey);

    /** The caller's and their organisation's, newest first. */
    List<Notification> mine();

    long unread();

    /** Marks one of the caller's notifications read; marking it again changes nothing; another's is not found. */
    Notification markRead(UUID notificationId);
}
