/**
 * Benchmarks that print tables and assert nothing: how many passport certificates a thread renders,
 * and how long and how much heap checking and reading an evidence PDF takes.
 */
package org.innovatorpassport.it.bench;
