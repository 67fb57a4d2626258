package org.innovatorpassport.assurance.internal.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.innovatorpassport.assurance.internal.submission.ReviewTurns;
import org.innovatorpassport.platform.api.OutboxConsumer;
import org.innovatorpassport.platform.api.OutboxMessage;

/** A returned submission was sent again: its assessor (or their body) is told in the app. */
@ApplicationScoped
class ResubmittedNotifier implements OutboxConsumer {

    @Inject
    ReviewNotices notices;

    @Override
    public String topic() {
        return ReviewTurns.RESUBMITTED_TOPIC;
    }

    @Override
    public String name() {
        return "assurance.resubmitted-notifier";
    }

    @Override
    @Transactional
    public void consume(OutboxMessage message) {
        notices.resubmitted(message);
    }
}
