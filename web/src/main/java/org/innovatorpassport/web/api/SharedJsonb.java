package org.innovatorpassport.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every request. Without a resolver RESTEasy builds a fresh one per body it
 * reads or writes, and Yasson then inspects each class by reflection again: that was a third of the
 * processor time the server spent answering a flood of refused sign-ins, and of every API answer.
 * A Jsonb is thread-safe and keeps its per-class models once built.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
