package org.innovatorpassport.templates.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/** The library of assurance templates and evidence types in use. Inject it; it is application scoped. */
public interface Templates {

    /** Every loaded template version, ordered by id and then by the date each took effect. */
    List<Template> all();

    Optional<Template> find(String id, String version);

    /**
     * The version of the template in force on a date: the one with the latest effective date on or
     * before it (DTAC version 2 from 2026-04-06).
     *
     * @throws NoSuchElementException when no version of that template is in force on that date
     */
    Template current(String id, LocalDate on);

    /** Every evidence type, by code. */
    Map<String, EvidenceType> evidenceTypes();

    Optional<EvidenceType> evidenceType(String code);
}
