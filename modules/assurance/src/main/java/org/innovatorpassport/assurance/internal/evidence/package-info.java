/**
 * Evidence documents as a supplier uploads them: every PDF is treated as hostile until checked.
 * {@link org.innovatorpassport.assurance.internal.evidence.PdfInspector} copies the upload to disk
 * under a byte cap while hashing it, then parses it with PDFBox on a small worker pool with a time
 * limit, a temp-file stream cache, a bounded page-tree walk and a cap on how far any stream may
 * inflate, so that one crafted file can neither exhaust the heap nor hold a thread for long; what
 * survives is kept as its SHA-256, page count, capped text and notes on active content for the
 * assessor, and anything refused leaves nothing behind.
 */
package org.innovatorpassport.assurance.internal.evidence;
