/**
 * The search projection: the catalogue of assured products in Elasticsearch, rebuilt from
 * PostgreSQL at any time by {@link org.innovatorpassport.search.api.SearchIndex#reindex()}.
 */
package org.innovatorpassport.search.api;
