package org.innovatorpassport.platform.api;

import java.time.Duration;

/**
 * Periodic work that must happen once per period across every node, not once per node: each node
 * asks before running, and only the first to ask for a period is told to go. A node that dies
 * before its turn leaves the period to whichever node asks next.
 */
public interface ClusterJobs {

    /** Whether this node should run {@code job} for the period of length {@code every} that holds now. */
    boolean claim(String job, Duration every);
}
