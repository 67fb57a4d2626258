/** How the platform does it; no other module may reach in here. */
package org.innovatorpassport.platform.internal;
