package org.innovatorpassport.search.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalInt;
import org.innovatorpassport.platform.api.Problem;
import org.junit.jupiter.api.Test;

class StorePageTest {

    @Test
    void aPageIsAWholeNumberFromOneToTheLastElasticsearchPages() {
        assertEquals(StorePage.FIRST, StorePage.of(null));
        assertEquals(StorePage.FIRST, StorePage.of(" "));
        assertEquals(3, StorePage.of("3").number());
        assertEquals(StorePage.MAX, StorePage.of(String.valueOf(StorePage.MAX)).number());
        for (String wrong : new String[] {"0", "-1", "abc", "1.5", String.valueOf(StorePage.MAX + 1), "99999999999"}) {
            Problem refused = assertThrows(Problem.class, () -> StorePage.of(wrong), wrong);
            assertEquals(400, refused.status());
            assertEquals("The page must be a whole number from 1 to 500", refused.fieldErrors().get("page"));
        }
        // the last page ends exactly at Elasticsearch's 10,000-hit window
        assertEquals(10_000, new StorePage(StorePage.MAX).from() + StorePage.SIZE);
    }

    @Test
    void fiftySevenListingsFillThreePages() {
        assertEquals(0, StorePage.pages(0));
        assertEquals(1, StorePage.pages(20));
        assertEquals(3, StorePage.pages(57));
        assertEquals(StorePage.MAX, StorePage.pages(1_000_000));
        StorePage second = new StorePage(2);
        assertEquals(20, second.from());
        assertEquals(21, second.firstShown(20));
        assertEquals(40, second.lastShown(20));
        assertEquals(OptionalInt.of(1), second.previous(3));
        assertEquals(OptionalInt.of(3), second.next(3));
        StorePage third = new StorePage(3);
        assertEquals(41, third.firstShown(17));
        assertEquals(57, third.lastShown(17));
        assertEquals(OptionalInt.empty(), third.next(3));
        assertEquals(OptionalInt.empty(), StorePage.FIRST.previous(3));
    }

    @Test
    void pastTheLastPageNothingIsShownAndPreviousLeadsBackToTheLastPage() {
        StorePage ninth = new StorePage(9);
        assertEquals(0, ninth.firstShown(0));
        assertEquals(OptionalInt.of(3), ninth.previous(3));
        assertEquals(OptionalInt.empty(), ninth.next(3));
        assertEquals(OptionalInt.empty(), ninth.previous(0), "with no listings at all there is no page to go back to");
    }
}
