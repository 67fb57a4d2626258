/**
 * A supplier's pages: its organisation and colleagues, its products and their versions, and its
 * submissions for assurance with their answers and evidence.
 */
package org.innovatorpassport.web.page.supplier;
