/** An NHS trust's pages: the assured products it may rely on, the passports it relies on, and what it has been told. */
package org.innovatorpassport.web.page.trust;
