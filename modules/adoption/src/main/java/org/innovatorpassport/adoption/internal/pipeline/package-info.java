/**
 * Trusts' pipelines from interest to scale and their local deployment assurance (DCB0160): which
 * move is allowed, what gates adoption (a reliable passport the trust relies on and a signed-off
 * DCB0160 record), and who may see or change each pipeline.
 */
package org.innovatorpassport.adoption.internal.pipeline;
