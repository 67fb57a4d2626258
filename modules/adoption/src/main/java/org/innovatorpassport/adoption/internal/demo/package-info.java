/** The demo's regional board, programme and pipelines, so a board member's first look shows a real picture. */
package org.innovatorpassport.adoption.internal.demo;
