/**
 * What the platform offers every module: who is calling and in which organisation, the audit log,
 * the outbox for reactions that must not be lost, problem answers, and the module schema contract.
 * Nothing here knows about suppliers, passports or trusts.
 */
package org.innovatorpassport.platform.api;
