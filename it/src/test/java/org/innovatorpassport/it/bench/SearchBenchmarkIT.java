package org.innovatorpassport.it.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URL;
import java.time.Duration;
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
 * Not a test: the way to run {@link SearchBenchmark} against a stack of its own, since it needs the
 * application deployed. It does nothing unless asked, and asserts nothing when it is:
 * {@code /work/it-run N -Dit.test=SearchBenchmarkIT -Dpassport.bench.products=10000}
 * (or infra/test with the same properties). The tables go to the test output.
 */
@ExtendWith(ArquillianExtension.class)
class SearchBenchmarkIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void printTheSearchBenchmark() throws Exception {
        int products = Integer.getInteger("passport.bench.products", 0);
        assumeTrue(products > 0, "the search benchmark runs only when passport.bench.products is set");
        SearchBenchmark benchmark = new SearchBenchmark(base.toString(), Demo.ADMIN, Http.PASSWORD,
                Stack.env("PASSPORT_ES_URL", "http://127.0.0.1:9250").split(",")[0].trim(),
                Stack.env("PASSPORT_INDEX_PREFIX", "test-passport") + "-listings",
                Stack.env("PASSPORT_DB_URL", "jdbc:postgresql://127.0.0.1:5432/passport_test"),
                Stack.env("PASSPORT_DB_USER", "passport"), Stack.env("PASSPORT_DB_PASSWORD", "passport"),
                Duration.ofSeconds(Integer.getInteger("passport.bench.seconds", 5)));
        String report = benchmark.run(products, Demo.TRUST, Http.PASSWORD);
        System.out.println(report);
        java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "search-benchmark.txt"), report);
    }
}
