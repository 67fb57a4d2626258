/**
 * The pages of a trust's adoption pipelines and its DCB0160 records, also read by the boards the
 * trust sits on and the suppliers of the products; what may be done is what the adoption module says.
 */
package org.innovatorpassport.web.page.adoption;
