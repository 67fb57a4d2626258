/**
 * What other modules and the web layer may use of adoption: each trust's pipeline for a product
 * version from interest to scale, the trust's local deployment assurance (DCB0160) on top of the
 * supplier's DCB0129 case, flags and notices when a passport an adoption relies on stops being
 * reliable, and regional innovation boards with their programmes, shortlists and decisions. The
 * rules (which stage may follow which, what gates adoption, who sees what) live behind these
 * interfaces; pages ask them and never recompute.
 */
package org.innovatorpassport.adoption.api;
