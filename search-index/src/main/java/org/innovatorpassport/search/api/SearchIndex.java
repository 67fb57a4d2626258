package org.innovatorpassport.search.api;

/** Administration of the search projection. */
public interface SearchIndex {

    /** Builds a new index from PostgreSQL, swaps the alias to it atomically, and answers how many documents it holds. */
    long reindex();
}
