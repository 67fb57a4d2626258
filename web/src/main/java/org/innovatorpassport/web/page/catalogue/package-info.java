/** The catalogue search page for signed-in trusts, boards, assessors and suppliers. */
package org.innovatorpassport.web.page.catalogue;
