/**
 * How the assurance templates are loaded: the JSON files under {@code templates/} on the classpath,
 * listed by {@code templates/index.json} (so nothing needs a classpath directory scan inside WildFly),
 * are read with JSON-P into the records of the {@code api} package once, when the application starts,
 * and served through the application-scoped {@link org.innovatorpassport.templates.internal.JsonTemplateLibrary}.
 * Nothing outside this module may depend on this package.
 */
package org.innovatorpassport.templates.internal;
