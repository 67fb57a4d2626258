/**
 * What the platform offers every module: who is calling and in which organisation, the audit log,
 * the outbox for reactions that must not be lost, problem answers, the module schema contract, and
 * signatures: keyed ones for what only this service checks, public-key ones for documents that
 * anyone checks.
 * Nothing here knows about suppliers, passports or trusts.
 */
package org.innovatorpassport.platform.api;
