/**
 * An innovator passport as people see it: the signed-in view with what each may do with it (rely,
 * suspend, revoke, renew), and the public check of a passport by its verification code.
 */
package org.innovatorpassport.web.page.passport;
