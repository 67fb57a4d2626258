/**
 * A read-only FHIR R4 directory of assured products at {@code /fhir}, open to anyone the way the German
 * DiGA directory is: each product version with a current passport is a DeviceDefinition carrying the
 * passport's code, status and dates, its NICE ESF tier and intended users; its supplier is an
 * Organization. Resources are built with HAPI FHIR's R4 model and written with its JSON parser; errors
 * are OperationOutcomes. The data comes from the assurance, catalogue and onboarding apis.
 */
package org.innovatorpassport.web.fhir;
