/**
 * Programs a user runs on their own machine, with nothing of the server behind them. The first
 * checks a signed passport offline: given the passport (a compact JWS) and the published keys (a
 * JWK Set), it says whether the signature holds and what the passport covers.
 */
package org.innovatorpassport.tools;
