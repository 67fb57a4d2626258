package org.innovatorpassport.platform.api;

/** Fired once at start, after every module's migrations ran and its schema was validated. */
public record SchemaReady() {
}
