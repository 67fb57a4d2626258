/**
 * The public face of the assurance templates, and the only part other modules may use: versioned,
 * machine-readable definitions of the assurance standards a product is assessed against (DTAC, the
 * DSPT status declaration, DCB0129 clinical safety, Cyber Essentials, penetration test, DPIA and
 * accessibility statement), the evidence types they ask for with their expiry rules, and the pure
 * functions that read a set of answers against a template: which questions apply, which answers are
 * wrong, and whether an assessor's decisions add up to a pass and a usability score. The rules live
 * in the template data, not here; this package holds only records, enums and interfaces.
 */
package org.innovatorpassport.templates.api;
