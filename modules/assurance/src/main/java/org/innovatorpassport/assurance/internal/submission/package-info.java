/** Submissions: answers, decisions and their history, and who may see and change them. */
package org.innovatorpassport.assurance.internal.submission;
