package org.innovatorpassport.catalogue.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * How a patient-facing product is described in the public Health Store, in plain English: what it does,
 * who it is for, how to get it, what it costs the patient, what data it uses and where that is kept,
 * and how accessible it is. The supplier writes it; it is the public wording, not what the passport
 * vouches for, so it can be corrected under a passport (see {@link ProductAction#EDIT_LISTING}).
 */
public record PatientListing(
        @NotBlank(message = "Say in plain English what the product does")
        @Size(max = 600, message = "What it does must be {max} characters or fewer") String whatItDoes,
        @NotBlank(message = "Say who the product is for")
        @Size(max = 600, message = "Who it is for must be {max} characters or fewer") String whoItIsFor,
        @NotBlank(message = "Say how a patient gets the product")
        @Size(max = 600, message = "How to get it must be {max} characters or fewer") String howToGetIt,
        @NotBlank(message = "Say what the product costs the patient, or that it is free")
        @Size(max = 200, message = "The cost to the patient must be {max} characters or fewer") String costToPatient,
        @NotBlank(message = "Say what data the product uses")
        @Size(max = 1000, message = "What data it uses must be {max} characters or fewer") String dataUsed,
        @NotBlank(message = "Say where the data is stored")
        @Size(max = 600, message = "Where the data is stored must be {max} characters or fewer") String dataStorage,
        @NotBlank(message = "Describe how accessible the product is")
        @Size(max = 1000, message = "The accessibility statement must be {max} characters or fewer") String accessibility) {
}
