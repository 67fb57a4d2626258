package org.innovatorpassport.web.page.supplier;

import java.util.Set;
import org.innovatorpassport.catalogue.api.ProductDetails;
import org.innovatorpassport.platform.api.Problem;

/** A product form as a supplier left it, for rendering product pages in tests. */
public class ProductFormFixture {

    public ProductForm form(Problem problem) {
        return ProductForm.of(new ProductDetails("BreatheWell", "2.2", "Summary", "Purpose", null, Set.of(), Set.of(),
                Set.of(ProductDetails.Platform.IOS), null, null, null, Set.of(), null), problem);
    }

    public ListingForm listing(org.innovatorpassport.catalogue.api.PatientListing listing) {
        return ListingForm.of(listing, null);
    }
}
