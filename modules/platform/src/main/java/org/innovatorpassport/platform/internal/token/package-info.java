/** API tokens: created by organisation administrators, stored as hashes, checked on every API call. */
package org.innovatorpassport.platform.internal.token;
