package org.innovatorpassport.web.page.board;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.innovatorpassport.adoption.api.AdoptionView;
import org.innovatorpassport.adoption.api.BoardFigures;
import org.innovatorpassport.adoption.api.BoardMember;
import org.innovatorpassport.adoption.api.BoardOutcome;
import org.innovatorpassport.adoption.api.BoardReport;
import org.innovatorpassport.adoption.api.BoardReports;
import org.innovatorpassport.adoption.api.BoardView;
import org.innovatorpassport.adoption.api.Boards;
import org.innovatorpassport.adoption.api.DecisionEntry;
import org.innovatorpassport.adoption.api.MemberTrust;
import org.innovatorpassport.adoption.api.NewBoard;
import org.innovatorpassport.adoption.api.NotificationView;
import org.innovatorpassport.adoption.api.PipelineCsv;
import org.innovatorpassport.adoption.api.PipelineTable;
import org.innovatorpassport.adoption.api.ProgrammeDetails;
import org.innovatorpassport.adoption.api.ProgrammeView;
import org.innovatorpassport.adoption.api.Programmes;
import org.innovatorpassport.platform.api.Caller;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.platform.api.Roles;
import org.innovatorpassport.web.page.Choice;
import org.innovatorpassport.web.page.ErrorSummary;
import org.innovatorpassport.web.page.FormInput;
import org.innovatorpassport.web.page.Replies;
import org.innovatorpassport.web.page.Shell;
import org.innovatorpassport.web.page.View;
import org.innovatorpassport.web.page.adoption.AdoptionPageContext;

/**
 * The board dashboard (pipeline by stage across member trusts, flagged adoptions, programmes) and a
 * programme's page (shortlist, decisions). An admin sees every board and manages membership here.
 */
@Path("/boards")
@Produces(Replies.HTML)
public class BoardPages {

    /** One board as its dashboard shows it: its report (also the PDF's) with its charts, and its programmes. */
    public record BoardPanel(BoardReport report, List<ProgrammeView> programmes) {

        public BoardView board() {
            return report.board();
        }

        public PipelineTable pipeline() {
            return report.pipeline();
        }

        public BoardFigures figures() {
            return report.figures();
        }

        public List<BoardChart> charts() {
            return List.of(BoardChart.values());
        }

        /** The chart's text alternative, for the image's alt text. */
        public String describe(BoardChart chart) {
            return chart.description(report);
        }
    }

    /** The dashboard; {@code refused} names the form a refusal belongs to, with what was typed. */
    public record BoardsScreen(Shell shell, boolean admin, boolean member, List<BoardPanel> boards, List<NotificationView> notifications,
                               String done, ErrorSummary summary, String refused, Map<String, String> errors, Map<String, String> typed) {

        public String typed(String field) {
            return typed.getOrDefault(field, "");
        }
    }

    /** A programme with what a member may shortlist and who may vote. */
    public record ProgrammeScreen(Shell shell, BoardView board, ProgrammeView programme, boolean member, List<Choice> products,
                                  String done, ErrorSummary summary, Map<String, String> errors, Map<String, String> typed) {

        public String typed(String field) {
            return typed.getOrDefault(field, "");
        }

        public String productName(UUID productId) {
            return programme.shortlist().stream().filter(s -> s.productId().equals(productId)).map(s -> s.productName())
                    .findFirst().orElse("Product");
        }
    }

    static final List<String> PROGRAMME_FIELDS = List.of("title", "problem", "targetOutcome", "budgetPence", "startsOn", "endsOn", "trusts");
    static final List<String> DECISION_FIELDS = List.of("productId", "outcome", "rationale", "decidedOn", "voters");

    @Inject
    Boards boards;

    @Inject
    Programmes programmes;

    @Inject
    BoardReports reports;

    @Inject
    Clock clock;

    @Inject
    AdoptionPageContext context;

    @GET
    @RolesAllowed({Roles.BOARD, Roles.ADMIN})
    public View dashboard(@QueryParam("done") String done) {
        return dashboard(done, null, null, Map.of());
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createBoard(MultivaluedMap<String, String> fields) {
        FormInput form = new FormInput(fields);
        Map<String, String> typed = Map.of("name", form.text("name"), "region", form.text("region"));
        return Replies.attempt(() -> {
            boards.create(new NewBoard(typed.get("name"), typed.get("region")));
            return Replies.seeOther("/boards?done=board");
        }, refused -> dashboard(null, refused, "board", typed));
    }

    @POST
    @Path("{id}/trusts")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addTrust(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        String ods = new FormInput(fields).text("odsCode").toUpperCase(java.util.Locale.ROOT);
        return Replies.attempt(() -> {
            boards.addTrust(id, new MemberTrust(ods));
            return Replies.seeOther("/boards?done=trust");
        }, refused -> dashboard(null, refused, "trust-" + id, Map.of("odsCode", ods)));
    }

    @POST
    @Path("{id}/members")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addMember(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        String email = new FormInput(fields).text("email");
        return Replies.attempt(() -> {
            boards.addMember(id, new BoardMember(email));
            return Replies.seeOther("/boards?done=member");
        }, refused -> dashboard(null, refused, "member-" + id, Map.of("email", email)));
    }

    @POST
    @Path("{id}/programmes")
    @RolesAllowed(Roles.BOARD)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createProgramme(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        FormInput form = new FormInput(fields);
        Map<String, String> typed = new HashMap<>();
        PROGRAMME_FIELDS.forEach(f -> typed.put(f, form.text(f)));
        List<String> trusts = form.all("trusts");
        return Replies.attempt(() -> {
            ProgrammeView created = programmes.create(id, new ProgrammeDetails(typed.get("title"), typed.get("problem"),
                    typed.get("targetOutcome"), pence(typed.get("budgetPence")), date(typed.get("startsOn")), date(typed.get("endsOn")),
                    trusts));
            return Replies.seeOther("/boards/programmes/" + created.id() + "?done=created");
        }, refused -> dashboard(null, refused, "programme-" + id, typed));
    }

    /** The pipelines of a board's member trusts as CSV; the board's own page links to it. */
    @GET
    @Path("{id}/pipeline.csv")
    @Produces("text/csv;charset=UTF-8")
    @RolesAllowed({Roles.BOARD, Roles.ADMIN})
    public Response pipelineCsv(@PathParam("id") UUID id) {
        BoardView board = boards.get(id);
        List<AdoptionView> members = context.adoptions().visible().stream().filter(a -> board.trusts().contains(a.trustOds())).toList();
        return Response.ok(PipelineCsv.of(members), "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"pipeline-" + id + ".csv\"").build();
    }

    /**
     * One chart of a board's report as an SVG image. A separate resource, not inlined in the page, so
     * that the page's escaping is never bypassed; the image names and describes itself, and the page
     * gives it the same text as alt text with the figures in a table beside it.
     */
    @GET
    @Path("{id}/charts/{chart}.svg")
    @Produces("image/svg+xml")
    @RolesAllowed({Roles.BOARD, Roles.ADMIN})
    public Response chart(@PathParam("id") UUID id, @PathParam("chart") String slug) {
        BoardChart chart = BoardChart.bySlug(slug).orElseThrow(() -> Problem.notFound("The chart"));
        BoardReport report = reports.of(id);
        return Response.ok(ChartDrawing.svg(chart.draw(report), chart.title() + " for " + report.board().name(),
                chart.description(report)), "image/svg+xml;charset=UTF-8").header("Cache-Control", "no-store").build();
    }

    /** The board report as a PDF: the dashboard's figures and charts, from the same report. */
    @GET
    @Path("{id}/report.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.BOARD, Roles.ADMIN})
    public Response reportPdf(@PathParam("id") UUID id) {
        BoardReport report = reports.of(id);
        return Response.ok(BoardReportPdf.of(report, LocalDate.now(clock.withZone(ZoneOffset.UTC))), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"board-report-" + id + ".pdf\"")
                .header("Cache-Control", "no-store").build();
    }

    /** How the dashboard and the PDF word the pilot-to-scale rate. */
    public static String conversion(BoardFigures figures) {
        return figures.pilotToScalePercent() == null ? "No pilot yet" : figures.pilotToScalePercent() + "%";
    }

    @GET
    @Path("programmes/{id}")
    @RolesAllowed({Roles.BOARD, Roles.ADMIN})
    public View programme(@PathParam("id") UUID id, @QueryParam("done") String done) {
        return programme(programmes.get(id), done, null, Map.of());
    }

    @POST
    @Path("programmes/{id}/shortlist")
    @RolesAllowed(Roles.BOARD)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response shortlist(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        String product = new FormInput(fields).text("shortlistProductId");
        return Replies.attempt(() -> {
            programmes.shortlist(id, uuid(product));
            return Replies.seeOther("/boards/programmes/" + id + "?done=shortlisted");
        }, refused -> programme(programmes.get(id), null, renamed(refused, "productId", "shortlistProductId"), Map.of()));
    }

    @POST
    @Path("programmes/{id}/decisions")
    @RolesAllowed(Roles.BOARD)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        FormInput form = new FormInput(fields);
        Map<String, String> typed = new HashMap<>();
        DECISION_FIELDS.forEach(f -> typed.put(f, form.text(f)));
        List<String> voters = form.text("voters").lines().map(String::strip).filter(v -> !v.isEmpty()).toList();
        return Replies.attempt(() -> {
            programmes.decide(id, new DecisionEntry(uuid(typed.get("productId")), outcome(typed.get("outcome")), typed.get("rationale"),
                    date(typed.get("decidedOn")), voters));
            return Replies.seeOther("/boards/programmes/" + id + "?done=decided");
        }, refused -> programme(programmes.get(id), null, refused, typed));
    }

    private View dashboard(String done, Problem problem, String form, Map<String, String> typed) {
        Caller caller = context.caller();
        boolean member = caller.hasRole(Roles.BOARD);
        List<BoardPanel> panels = reports.visible().stream().map(r -> new BoardPanel(r, programmes.ofBoard(r.board().id()))).toList();
        List<String> order = form != null && form.startsWith("programme") ? PROGRAMME_FIELDS : List.of("name", "region", "odsCode", "email");
        return new View("board/dashboard", new BoardsScreen(context.shell(member ? "Board dashboard" : "Regional boards", problem),
                caller.hasRole(Roles.ADMIN), member, panels, context.notices(caller), done,
                ErrorSummary.of(problem, order, f -> order.contains(f) ? form + "-" + f : null), form,
                problem == null ? Map.of() : problem.fieldErrors(), typed));
    }

    private View programme(ProgrammeView programme, String done, Problem problem, Map<String, String> typed) {
        Caller caller = context.caller();
        boolean member = boards.sitsOn(caller.userId(), programme.boardId());
        List<Choice> products = member ? context.products(p -> true) : List.of();
        List<String> order = new java.util.ArrayList<>(List.of("shortlistProductId"));
        order.addAll(DECISION_FIELDS);
        return new View("board/programme", new ProgrammeScreen(context.shell(programme.title(), problem),
                boards.get(programme.boardId()), programme, member, products, done,
                ErrorSummary.of(problem, order, f -> order.contains(f) ? f : null), problem == null ? Map.of() : problem.fieldErrors(), typed));
    }

    private static Problem renamed(Problem problem, String from, String to) {
        if (!problem.fieldErrors().containsKey(from)) {
            return problem;
        }
        Map<String, String> errors = new HashMap<>(problem.fieldErrors());
        errors.put(to, errors.remove(from));
        return new Problem(problem.status(), problem.type(), problem.title(), problem.detail(), errors);
    }

    /** Pounds as typed ("250000" or "250,000.50") into pence; anything else is left for the module to refuse. */
    static Long pence(String pounds) {
        try {
            return pounds.isBlank() ? null : new BigDecimal(pounds.replace(",", "").replace("£", "")).movePointRight(2).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return -1L;
        }
    }

    static LocalDate date(String text) {
        try {
            return text.isBlank() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static UUID uuid(String text) {
        try {
            return text.isBlank() ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static BoardOutcome outcome(String text) {
        try {
            return text.isBlank() ? null : BoardOutcome.valueOf(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
