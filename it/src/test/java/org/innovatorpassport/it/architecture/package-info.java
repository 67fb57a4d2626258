/**
 * The shape of the modular monolith as tests: each module shows the others only its api, modules
 * depend on each other one way only, and so do the packages inside each module. The planted
 * violations under {@code fixture} prove that every rule can fail.
 */
package org.innovatorpassport.it.architecture;
