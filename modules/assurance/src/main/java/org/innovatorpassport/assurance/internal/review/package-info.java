/**
 * Review conversations around a submission: clarification threads per criterion, who reviews it
 * (assignment within an assurance body), what awaits each side, and the in-app notifications sent
 * through the outbox when a submission is returned or resubmitted.
 */
package org.innovatorpassport.assurance.internal.review;
