package org.innovatorpassport.assurance.api;

import java.util.List;
import java.util.UUID;

/** Innovator passports: issue, look up, verify, suspend, revoke, renew. */
public interface Passports {
    /** Outbox topic: a passport's status changed; the payload is the passport id. */
    String STATUS_CHANGED_TOPIC = "assurance.passport-status-changed";
    /** Outbox topic: what a product's listing shows about its passport changed; the payload is the product id. */
    String LISTING_CHANGED_TOPIC = "assurance.listing-changed";

    /** Issues the passport of a submission whose every required criterion is met (assessor). */
    PassportView issue(UUID submissionId, PassportConditions conditions);

    PassportView get(UUID passportId);

    /** Passports the caller may see: a supplier its own, anyone signed in every one (all statuses). */
    List<PassportView> list();

    /** Passports anyone may rely on now (issued or expiring), for public listings such as the Health Store. */
    List<PassportView> reliable();

    /**
     * Public directory of assured products (FHIR and other open listings): the current passport of each
     * product version, whatever its status but never one superseded, so that a reader learns of a
     * suspension or revocation too. Filtered by product name and by when the passport last changed, and
     * paged, in the database.
     */
    DirectoryPage<DirectoryEntry> directory(DirectorySearch search);

    /** The current passport of a product version as the directory shows it, if the directory lists it. */
    java.util.Optional<DirectoryEntry> directoryEntry(UUID productId);

    /**
     * Suppliers that have at least one product in the directory, by the supplier name their passports
     * carry; paged in the database. The search's change times are ignored.
     */
    DirectoryPage<UUID> directorySuppliers(DirectorySearch search);

    /** Whether the supplier has at least one product in the directory. */
    boolean directoryLists(UUID supplierId);

    /** The latest passport of a product version, if any. */
    java.util.Optional<PassportView> ofProduct(UUID productId);

    /** The latest passport of each of these product versions that has one, in a few queries whatever their number (rebuilding the search index). */
    java.util.Map<UUID, PassportView> ofProducts(java.util.Collection<UUID> productIds);

    byte[] certificate(UUID passportId);

    /** Public: valid or not, and why, with the signed passport. */
    Verification verify(String code);

    /** The issuing assurance body suspends a reliable passport; relying trusts are told why. */
    PassportView suspend(UUID passportId, StatusChange change);

    /** The issuing assurance body revokes a passport for good; revoking it again changes nothing. */
    PassportView revoke(UUID passportId, StatusChange change);

    /**
     * Signs every passport issued before passports were signed, when its retired keyed digest still
     * vouches for its content; answers how many it signed. Runs at start on every node; safe to repeat.
     */
    int signUnsigned();

    /** Moves passports to expiring and expired as dates pass; answers how many changed. */
    int refreshStatuses();

    /**
     * Starts the renewal of a passport: a new submission with every answer and decision carried over,
     * in which the supplier replaces only the evidence that lapsed; only what changes is reviewed again.
     */
    SubmissionView renew(UUID passportId);
}
