package org.innovatorpassport.assurance.internal.passport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void sortsMembersByNameAtEveryLevelWhateverTheOrderTheyWereAddedIn() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("b", 1);
        one.put("a", Map.of("z", true, "y", List.of("x")));
        Map<String, Object> other = new LinkedHashMap<>();
        other.put("a", Map.of("y", List.of("x"), "z", true));
        other.put("b", 1);

        assertEquals("{\"a\":{\"y\":[\"x\"],\"z\":true},\"b\":1}", CanonicalJson.of(one));
        assertEquals(CanonicalJson.of(one), CanonicalJson.of(other));
    }

    @Test
    void escapesOnlyWhatJsonRequiresAndKeepsOtherCharactersAsTheyAre() {
        assertEquals("\"Zoë \\\"quoted\\\" \\\\ line\\nnext\\ttab \\u0001 漢\"", CanonicalJson.of("Zoë \"quoted\" \\ line\nnext\ttab \u0001 漢"));
    }

    @Test
    void writesNullsAndKeepsListOrder() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("missing", null);
        map.put("list", Arrays.asList("second", null, "first"));
        assertEquals("{\"list\":[\"second\",null,\"first\"],\"missing\":null}", CanonicalJson.of(map));
    }

    @Test
    void refusesValuesWithoutOneCanonicalForm() {
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.of(List.of(1.5)));
    }
}
