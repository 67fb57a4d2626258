package org.innovatorpassport.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The words a person reads: what a screen shows on a wide screen, as one line. */
class WordsTest {

    @Test
    void leavesOutScriptsStylesAndTheHeadingsATableRepeatsForSmallScreens() {
        Document page = Jsoup.parse("""
                <main id="maincontent"><style>p { color: red }</style><script>var hidden = 1;</script>
                <p>Status:&nbsp;<strong>Issued</strong></p>
                <table><tr><td><span class="nhsuk-table__heading" aria-hidden="true">Type </span><span>DPIA &amp; notice</span></td></tr></table>
                <textarea name="lines">one
                   two</textarea></main>""");
        assertEquals("Status: Issued DPIA & notice one two", Words.in(page.getElementById("maincontent")));
        assertEquals("DPIA & notice", Words.in(page.selectFirst("td")));
    }

    @Test
    void readingLeavesThePageAsItWas() {
        Document page = Jsoup.parse("<table><tr><td><span class=\"nhsuk-table__heading\">Type </span><span>DPIA</span></td></tr></table>");
        Words.in(page.selectFirst("td"));
        assertNotNull(page.selectFirst("span.nhsuk-table__heading"), "the heading is still there for the next reader");
    }
}
