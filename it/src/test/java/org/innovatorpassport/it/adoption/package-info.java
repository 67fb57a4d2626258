/**
 * Adoption against the real stack: a trust's pipeline gated on a reliable passport and a signed-off
 * DCB0160 record, flags and notices when that passport is suspended, who may see or move what, and the
 * catalogue's region facet following a board's member trusts.
 */
package org.innovatorpassport.it.adoption;
