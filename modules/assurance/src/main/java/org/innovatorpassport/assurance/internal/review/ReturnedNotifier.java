package org.innovatorpassport.assurance.internal.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.innovatorpassport.assurance.internal.submission.ReviewTurns;
import org.innovatorpassport.platform.api.OutboxConsumer;
import org.innovatorpassport.platform.api.OutboxMessage;

/** A submission was returned: its supplier is told in the app. */
@ApplicationScoped
class ReturnedNotifier implements OutboxConsumer {

    @Inject
    ReviewNotices notices;

    @Override
    public String topic() {
        return ReviewTurns.RETURNED_TOPIC;
    }

    @Override
    public String name() {
        return "assurance.returned-notifier";
    }

    @Override
    @Transactional
    public void consume(OutboxMessage message) {
        notices.returned(message);
    }
}
