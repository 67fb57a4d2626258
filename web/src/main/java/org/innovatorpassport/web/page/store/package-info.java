/** The public Health Store: products with a valid passport, described in plain words for patients and the public. */
package org.innovatorpassport.web.page.store;
