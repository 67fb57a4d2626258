package org.innovatorpassport.onboarding.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Supplier registration, profile, invitations and the onboarding checklist. */
public interface Onboarding {

    /** Registers the organisation and its first user (the supplier administrator) in one transaction. */
    SupplierProfile register(Registration registration);

    SupplierProfile profile(UUID organisationId);

    /** Many suppliers' profiles in one query, for public directories; ids that are not suppliers are left out. */
    Map<UUID, SupplierProfile> profiles(Collection<UUID> organisationIds);

    SupplierProfile update(UUID organisationId, ProfileChange change);

    /** Invites a colleague; the answer carries the one-time token. */
    Invitation invite(UUID organisationId, String email);

    List<Invitation> invitations(UUID organisationId);

    /** Looks an invitation up by its token, to show who it is for before accepting. */
    Invitation pending(String token);

    /** Creates the colleague's account; the token cannot be used again. */
    void accept(String token, String displayName, String password);

    /** What is still missing before the supplier can submit a product for assurance. */
    List<ChecklistItem> checklist(UUID organisationId);

    default boolean readyToSubmit(UUID organisationId) {
        return checklist(organisationId).stream().allMatch(ChecklistItem::done);
    }
}
