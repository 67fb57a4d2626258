/**
 * Products that suppliers describe: each version is its own row, so a passport always names the exact
 * version it covers. Other modules see products only through {@link org.innovatorpassport.catalogue.api.Products}.
 */
package org.innovatorpassport.catalogue.api;
