package org.innovatorpassport.assurance.api;

import java.util.List;

/**
 * The conversation on one criterion, oldest message first. It awaits the supplier while the
 * assessor spoke last, and the assessor once the supplier has answered.
 */
public record ClarificationThread(String criterionCode, List<ClarificationMessage> messages) {

    public boolean awaitsSupplier() {
        return !messages.isEmpty() && messages.get(messages.size() - 1).side() == ClarificationMessage.Side.ASSESSOR;
    }
}
