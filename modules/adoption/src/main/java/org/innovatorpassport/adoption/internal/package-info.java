/** How the adoption module keeps its promises: entities, queries and rules hidden behind its api. */
package org.innovatorpassport.adoption.internal;
