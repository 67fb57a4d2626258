/**
 * The server-rendered pages as a person at a browser without JavaScript uses them: links followed and
 * forms submitted over plain HTTP, from registration to a passport issued, verified and relied on, with
 * just enough HTML reading to see what that person sees.
 */
package org.innovatorpassport.it.pages;
