package org.innovatorpassport.web.page.supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProductFormTest {

    @Test
    void theNextVersionRaisesTheLastNumber() {
        assertEquals("2.2", ProductForm.nextVersion("2.1"));
        assertEquals("3.0.10", ProductForm.nextVersion("3.0.9"));
        assertEquals("2.1-beta", ProductForm.nextVersion("2.0-beta"));
        assertEquals("100000000000000000000000", ProductForm.nextVersion("99999999999999999999999"));
        assertEquals("", ProductForm.nextVersion("first"));
    }
}
