/** What awaits the signed-in user: their in-app notifications and, for suppliers and assessors, the review work waiting for them. */
package org.innovatorpassport.web.page.inbox;
