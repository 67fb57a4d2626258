/** How the search projection talks to Elasticsearch; no other module may reach in here. */
package org.innovatorpassport.search.internal;
