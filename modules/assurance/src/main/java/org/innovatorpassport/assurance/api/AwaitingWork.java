package org.innovatorpassport.assurance.api;

import java.util.List;

/**
 * What awaits the caller. A supplier: submissions returned to it, and questions it has not answered.
 * An assessor: submissions under review assigned to them or not yet assigned within their assurance
 * body, and answers to their questions.
 */
public interface AwaitingWork {

    /** Oldest first: what has waited longest comes first. */
    List<AwaitingItem> mine();
}
