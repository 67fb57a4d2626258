package org.innovatorpassport.assurance.api;

import java.util.List;
import java.util.UUID;

/** Trusts relying on passports, and the notifications they get when a passport stops being reliable. */
public interface Reliances {

    /** The caller's trust relies on the passport; relying twice changes nothing. */
    RelianceView rely(UUID passportId);

    List<RelianceView> ofPassport(UUID passportId);

    /** Per passport asked for, the organisation ids of the trusts relying on it; no access check, for the search index. */
    java.util.Map<UUID, java.util.Set<UUID>> trustsRelyingOn(java.util.Collection<UUID> passportIds);

    /**
     * The product versions whose passports any of these trusts (organisation ids) relies on, in one query; no access
     * check, for listings that follow a trust's regions when it joins or leaves a board.
     */
    java.util.Set<UUID> productsReliedOnBy(java.util.Collection<UUID> trustIds);

    /** The passports the caller's trust relies on. */
    List<RelianceView> mine();

    /** Every reliance is one assessment a trust did not have to repeat. */
    long assessmentsAvoided();

    /** The same count per relying trust (organisation id), for boards that report it per member trust; no access check. */
    java.util.Map<UUID, Long> assessmentsAvoidedByTrust();

    List<NotificationView> notifications();
}
