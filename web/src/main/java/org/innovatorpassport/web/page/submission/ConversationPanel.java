package org.innovatorpassport.web.page.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.innovatorpassport.assurance.api.ClarificationThread;
import org.innovatorpassport.assurance.api.Conversation;
import org.innovatorpassport.assurance.api.EvidenceView;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.web.page.Choice;

/**
 * The clarification threads of a submission as a page shows them, with the form that adds to one:
 * where it posts, the documents an answer may point at, and what was typed into a refused form.
 * Whether the caller may ask or answer is the conversation's own; this only lays it out.
 */
public record ConversationPanel(Conversation conversation, String action, List<EvidenceView> documents, Refused refused) {
    public static final ConversationPanel NONE = new ConversationPanel(new Conversation(null, List.of(), false, false), "",
            List.of(), Refused.NONE);

    /** The refused message: its criterion, what was typed and the document chosen, and why it was refused. */
    public record Refused(Problem problem, String criterion, String text, String evidenceId) {
        public static final Refused NONE = new Refused(null, "", "", "");
    }

    public Optional<ClarificationThread> on(String code) {
        return conversation.on(code);
    }

    public List<ClarificationThread> threads() {
        return conversation.threads();
    }

    /** The id of the text box of a criterion's form, which the error summary links to. */
    public static String textId(String code) {
        return "clarify-" + SubmissionCriteria.key(code);
    }

    public String typed(String code) {
        return refusedOn(code) ? refused.text() : "";
    }

    public String textError(String code) {
        return refusedOn(code) ? errors().getOrDefault("text", errors().isEmpty() ? refused.problem().detail()
                : errors().getOrDefault("criterionCode", null)) : null;
    }

    public String evidenceError(String code) {
        return refusedOn(code) ? errors().get("evidenceId") : null;
    }

    /** The documents an answer may point at, after a "No document" that sends nothing. */
    public List<Choice> documentChoices() {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice("", "No document"));
        documents.forEach(d -> choices.add(new Choice(d.id().toString(), d.fileName())));
        return choices;
    }

    public String chosenDocument(String code) {
        return refusedOn(code) ? refused.evidenceId() : "";
    }

    private boolean refusedOn(String code) {
        return refused.problem() != null && code.equals(refused.criterion());
    }

    private Map<String, String> errors() {
        return refused.problem().fieldErrors();
    }
}
