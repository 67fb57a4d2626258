/**
 * Evidence uploads as they arrive over HTTP (multipart/form-data), read once for both the pages and
 * the REST API: the PDF and what the supplier says about it.
 */
package org.innovatorpassport.web.upload;
