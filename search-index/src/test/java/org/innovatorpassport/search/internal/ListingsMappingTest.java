package org.innovatorpassport.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ListingsMappingTest {

    @Test
    void withoutThePluginEveryTextFieldFallsBackToStandardAnalysis() {
        String plain = ListingsIndex.withoutPluginAnalysis();
        assertFalse(plain.contains("passport_"), plain);
        JsonObject mapping = Json.createReader(new StringReader(plain)).readObject();
        JsonObject name = mapping.getJsonObject("mappings").getJsonObject("properties").getJsonObject("name");
        assertEquals("text", name.getString("type"));
        assertTrue(name.containsKey("fields"), "multi-fields are kept");
        assertEquals("strict", mapping.getJsonObject("mappings").getString("dynamic"));
        assertTrue(mapping.getJsonObject("settings").getJsonObject("analysis").containsKey("normalizer"));
    }
}
