package org.innovatorpassport.assurance.internal.passport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.innovatorpassport.assurance.api.DirectorySearch.NameMatch;
import org.junit.jupiter.api.Test;

class DirectoryFilterTest {

    @Test
    void aNameIsMatchedIgnoringCaseAndItsWildcardsMatchOnlyThemselves() {
        assertEquals("sleep%", DirectoryFilter.pattern("Sleep", NameMatch.STARTS_WITH));
        assertEquals("%sleep well%", DirectoryFilter.pattern("Sleep Well", NameMatch.CONTAINS));
        assertEquals("100\\% \\_sure\\\\", DirectoryFilter.pattern("100% _sure\\", NameMatch.EXACT));
    }
}
