/** How products are stored; no other module may reach in here. */
package org.innovatorpassport.catalogue.internal;
