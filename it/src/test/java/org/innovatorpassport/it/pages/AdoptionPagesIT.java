package org.innovatorpassport.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.innovatorpassport.it.support.Demo;
import org.innovatorpassport.it.support.Http;
import org.innovatorpassport.it.support.Stack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The adoption pages as people use them, read with jsoup: the demo Oxford trust finds its BreatheWell
 * pilot, is offered only the moves the module allows and told why adopting is not yet possible, gets
 * an error summary when it stops without a reason; the demo board member sees the pipeline by stage
 * across the Thames Valley trusts; a trust is kept out of the board dashboard.
 */
@ExtendWith(ArquillianExtension.class)
class AdoptionPagesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void aTrustSeesItsPilotAndTheBoardSeesThePipelineByStage() {
        PageSession oxford = new PageSession(base);
        Page list = oxford.signIn(Demo.TRUST_OXFORD, Http.PASSWORD, "/adoptions");
        assertEquals("Your trust's adoptions", list.heading(), list.describe());
        List<Page.Row> rows = list.table("Products your trust is taking up");
        Page.Row pilot = rows.stream().filter(r -> r.cell("Product").contains("BreatheWell")).findFirst()
                .orElseThrow(() -> new AssertionError("the demo pilot is listed: " + list.describe()));
        assertTrue(pilot.cell("Stage").contains("Piloting"), pilot.cells().toString());
        String href = pilot.row().selectFirst("a[href^=/adoptions/]").attr("href");

        Page pipeline = oxford.open(href);
        assertEquals(200, pipeline.status());
        assertTrue(pipeline.heading().startsWith("BreatheWell"), pipeline.describe());
        assertTrue(pipeline.textOf("blocked").orElse("").contains("Adopted"), "says why adopting is not yet possible: " + pipeline.describe());
        HtmlForm move = pipeline.formTo("/moves");
        Page refused = oxford.submitRefused(move.check("stage", "STOPPED"));
        assertEquals(400, refused.status(), refused.describe());
        assertTrue(refused.errorSummary().contains("Enter why the trust is stopping"), refused.describe());
        assertTrue(refused.textOf("current-stage").orElse("").contains("Piloting"), "nothing moved");

        Page dcb0160 = oxford.open(href + "/dcb0160");
        assertEquals(200, dcb0160.status(), dcb0160.describe());
        assertFalse(dcb0160.table("Hazards of deploying the product here, rated on the risk matrix").isEmpty(), dcb0160.describe());

        Page forbidden = oxford.openRefused("/boards");
        assertEquals(403, forbidden.status(), "a trust has no board dashboard");

        PageSession board = new PageSession(base);
        Page dashboard = board.signIn(Demo.BOARD, Http.PASSWORD, "/boards");
        assertEquals("Board dashboard", dashboard.heading(), dashboard.describe());
        List<Page.Row> byStage = dashboard.table("How many member trusts stand at each stage, by product");
        Page.Row breatheWell = byStage.stream().filter(r -> r.cell("Product").contains("BreatheWell")).findFirst()
                .orElseThrow(() -> new AssertionError("BreatheWell is in the pipeline: " + dashboard.describe()));
        assertTrue(Integer.parseInt(breatheWell.cell("Trusts").replaceAll("\\D", "")) >= 3, breatheWell.cells().toString());
        assertTrue(dashboard.text().contains("Asthma self-management at scale"), "the running demo programme is listed");
    }
}
