/** How onboarding is stored; no other module may reach in here. */
package org.innovatorpassport.onboarding.internal;
