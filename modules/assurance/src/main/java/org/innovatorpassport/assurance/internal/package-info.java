/** How assurance is done and stored; no other module may reach in here. */
package org.innovatorpassport.assurance.internal;
