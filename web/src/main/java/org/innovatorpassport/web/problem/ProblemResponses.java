package org.innovatorpassport.web.problem;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.search.api.SearchUnavailable;
import org.innovatorpassport.web.page.ErrorPage;
import org.innovatorpassport.web.page.Pages;

/**
 * Every failure becomes a problem: problem+json for the API, an error page for a person. The cause
 * chain is searched for what the caller did wrong (bad JSON, a stale version, a refused rule); only
 * what is left is a 500, logged under an id that the answer quotes, never with its stack trace.
 */
@Provider
public class ProblemResponses implements ExceptionMapper<Throwable> {
    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");
    private static final Logger LOG = Logger.getLogger(ProblemResponses.class.getName());

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable thrown) {
        return respond(thrown, uri);
    }

    static Response respond(Throwable thrown, UriInfo uri) {
        Problem problem = problemFor(thrown);
        if (Pages.isPage(uri)) {
            Response.ResponseBuilder page = Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(ErrorPage.of(problem));
            if (problem.status() == 503) {
                page.header("Retry-After", String.valueOf(SearchUnavailable.RETRY_AFTER_SECONDS));
            }
            return page.build();
        }
        List<ProblemBody.FieldError> errors = problem.fieldErrors().entrySet().stream()
                .map(e -> new ProblemBody.FieldError(e.getKey(), e.getValue())).toList();
        Response.ResponseBuilder response = Response.status(problem.status()).type(PROBLEM_JSON)
                .entity(new ProblemBody("/problems/" + problem.type(), problem.title(), problem.status(),
                        problem.detail(), uri.getRequestUri().getPath(), errors));
        if (problem.status() == 401) {
            response.header("WWW-Authenticate", "Basic realm=\"Innovator Passport\", charset=\"UTF-8\"");
        }
        if (problem.status() == 503) {
            // Only a dependency being down answers 503 (today: search), and it is worth retrying shortly.
            response.header("Retry-After", String.valueOf(SearchUnavailable.RETRY_AFTER_SECONDS));
        }
        if (problem.status() == 429) {
            response.header("Retry-After", "1");
        }
        if (thrown instanceof NotAllowedException notAllowed) {
            response.allow(notAllowed.getResponse().getAllowedMethods());
        }
        return response.build();
    }

    static Problem problemFor(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof Problem problem) {
                return problem;
            }
        }
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException invalid) {
                Map<String, String> fields = new TreeMap<>();
                invalid.getConstraintViolations().forEach(v -> fields.put(leaf(v.getPropertyPath().toString()), v.getMessage()));
                return Problem.invalid(fields);
            }
            if (cause instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return Problem.conflict("This was just done by someone else at the same time. Reload and check before trying again.");
            }
            if (cause instanceof OptimisticLockException) {
                return Problem.conflict("Someone else changed this at the same time. Reload it and try again.");
            }
            if (cause instanceof JsonbException || cause instanceof JsonParsingException
                    || cause instanceof jakarta.json.JsonException) {
                return new Problem(400, "malformed-body", "The request body could not be read",
                        "The body is not valid JSON of the expected shape: " + readable(cause.getMessage()));
            }
            if (cause instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
                int status = web.getResponse().getStatus();
                return new Problem(status, slug(status), Response.Status.fromStatusCode(status) != null
                        ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Request refused", describe(status));
            }
        }
        if (thrown instanceof ProcessingException) {
            return new Problem(400, "malformed-body", "The request body could not be read", "The body could not be read.");
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident, thrown);
        return new Problem(500, "internal", "Something went wrong",
                "We could not complete this request. Quote incident " + incident + " if you contact us.");
    }

    private static String leaf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    /** The parser's first line, without its "Internal error" prefix or our class names. */
    private static String readable(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.lines().findFirst().orElse("").replace("Internal error: ", "")
                .replaceAll("(?:[a-z][a-z0-9_]*\\.)+([A-Z]\\w*)", "$1");
        return line.length() > 200 ? line.substring(0, 200) : line;
    }

    private static String slug(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            default -> "http-" + status;
        };
    }

    private static String describe(int status) {
        return switch (status) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that method.";
            case 406 -> "This address cannot answer in the media type asked for.";
            case 415 -> "This address does not accept that content type.";
            default -> "The request was refused.";
        };
    }
}
