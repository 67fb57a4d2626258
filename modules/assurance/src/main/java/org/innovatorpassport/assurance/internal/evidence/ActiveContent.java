package org.innovatorpassport.assurance.internal.evidence;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;

/**
 * Notes for the assessor on what the PDF would do if opened in a full reader: scripts, launched
 * programs, submitted forms, embedded files. Nothing is run or removed; evidence is stored as
 * uploaded and the assessor decides. Read at the level of raw dictionaries, because hostile files
 * break the typed PDFBox wrappers, and every walk is bounded so the notes cannot become the bomb.
 */
final class ActiveContent {

    private static final int MAX_NOTES = 50;
    private static final int MAX_WALK = 2_000;
    private static final int MAX_SNIPPET = 80;

    private static final COSName GO_TO = COSName.getPDFName("GoTo");
    private static final COSName JAVA_SCRIPT = COSName.JAVA_SCRIPT;
    private static final COSName LAUNCH = COSName.getPDFName("Launch");
    private static final COSName SUBMIT_FORM = COSName.getPDFName("SubmitForm");
    private static final COSName IMPORT_DATA = COSName.getPDFName("ImportData");
    private static final COSName GO_TO_REMOTE = COSName.getPDFName("GoToR");
    private static final COSName GO_TO_EMBEDDED = COSName.getPDFName("GoToE");
    private static final COSName FILE_ATTACHMENT = COSName.getPDFName("FileAttachment");
    private static final Set<COSName> ACTIVE = Set.of(JAVA_SCRIPT, LAUNCH, SUBMIT_FORM, IMPORT_DATA,
            GO_TO_REMOTE, GO_TO_EMBEDDED);

    private final Set<String> notes = new LinkedHashSet<>();
    private boolean truncated;

    private ActiveContent() {
    }

    static List<String> notes(COSDictionary catalog, List<COSDictionary> pages) {
        ActiveContent scan = new ActiveContent();
        scan.openAction(catalog);
        scan.eventActions("The document", catalog.getCOSDictionary(COSName.AA));
        COSDictionary names = catalog.getCOSDictionary(COSName.NAMES);
        if (names != null) {
            scan.documentJavaScript(names.getCOSDictionary(JAVA_SCRIPT));
            scan.embeddedFiles(names.getCOSDictionary(COSName.EMBEDDED_FILES));
        }
        scan.forms(catalog.getCOSDictionary(COSName.ACRO_FORM));
        for (int i = 0; i < pages.size(); i++) {
            scan.page(i + 1, pages.get(i));
        }
        List<String> result = new ArrayList<>(scan.notes);
        if (scan.truncated) {
            result.add("More active content than listed here");
        }
        return result;
    }

    private void openAction(COSDictionary catalog) {
        // a destination array, or a plain GoTo, only chooses the opening page
        if (catalog.getDictionaryObject(COSName.OPEN_ACTION) instanceof COSDictionary action) {
            List<String> what = describeChain(action, true);
            if (!what.isEmpty()) {
                note("Runs an action when opened: " + String.join("; then ", what));
            }
        }
    }

    private void eventActions(String owner, COSDictionary additionalActions) {
        if (additionalActions == null) {
            return;
        }
        for (Map.Entry<COSName, COSBase> event : additionalActions.entrySet()) {
            if (additionalActions.getDictionaryObject(event.getKey()) instanceof COSDictionary action) {
                List<String> what = describeChain(action, false);
                if (!what.isEmpty()) {
                    note(owner + " " + String.join("; then ", what) + " (on event " + event.getKey().getName() + ")");
                }
            }
        }
    }

    private void documentJavaScript(COSDictionary tree) {
        List<COSBase[]> scripts = nameTree(tree);
        if (scripts.isEmpty()) {
            return;
        }
        List<String> labels = new ArrayList<>();
        for (COSBase[] entry : scripts.subList(0, Math.min(5, scripts.size()))) {
            labels.add(entry[0] instanceof COSString name ? snippet(name.getString()) : "?");
        }
        note("Document-level JavaScript: " + scripts.size() + " script(s) (" + String.join(", ", labels)
                + (scripts.size() > 5 ? ", ..." : "") + ")");
    }

    private void embeddedFiles(COSDictionary tree) {
        for (COSBase[] entry : nameTree(tree)) {
            String name = entry[1] instanceof COSDictionary spec ? fileName(spec) : null;
            if (name == null && entry[0] instanceof COSString key) {
                name = key.getString();
            }
            note("Embedded file: " + (name == null ? "(unnamed)" : snippet(name)));
        }
    }

    private void forms(COSDictionary acroForm) {
        if (acroForm == null) {
            return;
        }
        if (acroForm.containsKey(COSName.XFA)) {
            note("Contains an XFA form, which can run scripts in some readers");
        }
        Deque<COSDictionary> fields = new ArrayDeque<>();
        push(fields, acroForm.getCOSArray(COSName.FIELDS));
        Set<COSDictionary> seen = new HashSet<>();
        while (!fields.isEmpty() && seen.size() < MAX_WALK) {
            COSDictionary field = fields.pop();
            if (!seen.add(field)) {
                continue;
            }
            String name = field.getString(COSName.T);
            eventActions("Form field '" + snippet(name == null ? "?" : name) + "'", field.getCOSDictionary(COSName.AA));
            push(fields, field.getCOSArray(COSName.KIDS));
        }
    }

    private void page(int number, COSDictionary page) {
        if (notes.size() >= MAX_NOTES) {
            return;
        }
        eventActions("Page " + number, page.getCOSDictionary(COSName.AA));
        COSArray annotations = page.getCOSArray(COSName.ANNOTS);
        if (annotations == null) {
            return;
        }
        for (int i = 0; i < Math.min(annotations.size(), MAX_WALK); i++) {
            if (!(annotations.getObject(i) instanceof COSDictionary annotation)) {
                continue;
            }
            if (FILE_ATTACHMENT.equals(annotation.getCOSName(COSName.SUBTYPE))) {
                String name = annotation.getDictionaryObject(COSName.FS) instanceof COSDictionary spec ? fileName(spec) : null;
                note("Page " + number + ": file attachment " + (name == null ? "(unnamed)" : snippet(name)));
            }
            if (annotation.getDictionaryObject(COSName.A) instanceof COSDictionary action) {
                List<String> what = describeChain(action, false);
                if (!what.isEmpty()) {
                    note("Page " + number + ": a link or button " + String.join("; then ", what));
                }
            }
            eventActions("Page " + number + ": an annotation", annotation.getCOSDictionary(COSName.AA));
        }
    }

    /** The actions in a chain (an action and its /Next) worth an assessor's attention. */
    private static List<String> describeChain(COSDictionary first, boolean everythingButGoTo) {
        List<String> described = new ArrayList<>();
        Deque<COSDictionary> pending = new ArrayDeque<>();
        Set<COSDictionary> seen = new HashSet<>();
        pending.push(first);
        while (!pending.isEmpty() && seen.size() < 20) {
            COSDictionary action = pending.pop();
            if (!seen.add(action)) {
                continue;
            }
            COSName type = action.getCOSName(COSName.S);
            if (type != null && (ACTIVE.contains(type) || everythingButGoTo && !GO_TO.equals(type))) {
                described.add(describe(type, action));
            }
            COSBase next = action.getDictionaryObject(COSName.NEXT);
            if (next instanceof COSDictionary single) {
                pending.push(single);
            } else if (next instanceof COSArray many) {
                for (int i = many.size() - 1; i >= 0; i--) {
                    if (many.getObject(i) instanceof COSDictionary each) {
                        pending.push(each);
                    }
                }
            }
        }
        return described;
    }

    private static String describe(COSName type, COSDictionary action) {
        if (JAVA_SCRIPT.equals(type)) {
            return action.getDictionaryObject(COSName.JS) instanceof COSString script
                    ? "runs JavaScript (" + snippet(script.getString()) + ")"
                    : "runs JavaScript";
        }
        String target = target(action);
        String suffix = target == null ? "" : " (" + snippet(target) + ")";
        if (LAUNCH.equals(type)) {
            return "launches a program or file" + suffix;
        }
        if (SUBMIT_FORM.equals(type)) {
            return "sends form data to an address" + suffix;
        }
        if (IMPORT_DATA.equals(type)) {
            return "imports form data from a file" + suffix;
        }
        if (GO_TO_REMOTE.equals(type)) {
            return "opens another file" + suffix;
        }
        if (GO_TO_EMBEDDED.equals(type)) {
            return "opens an embedded file";
        }
        if (COSName.URI.equals(type)) {
            String uri = action.getString(COSName.URI);
            return "opens a web address" + (uri == null ? "" : " (" + snippet(uri) + ")");
        }
        return "performs a " + type.getName() + " action";
    }

    private static String target(COSDictionary action) {
        COSBase file = action.getDictionaryObject(COSName.F);
        if (file == null && action.getDictionaryObject(COSName.WIN) instanceof COSDictionary windows) {
            file = windows.getDictionaryObject(COSName.F);
        }
        if (file instanceof COSString path) {
            return path.getString();
        }
        return file instanceof COSDictionary spec ? fileName(spec) : null;
    }

    private static String fileName(COSDictionary fileSpec) {
        String name = fileSpec.getString(COSName.UF);
        return name != null ? name : fileSpec.getString(COSName.F);
    }

    /** Leaf entries of a name tree as key/value pairs, walked without recursion and within bounds. */
    private static List<COSBase[]> nameTree(COSDictionary root) {
        List<COSBase[]> entries = new ArrayList<>();
        if (root == null) {
            return entries;
        }
        Deque<COSDictionary> pending = new ArrayDeque<>();
        Set<COSDictionary> seen = new HashSet<>();
        pending.push(root);
        while (!pending.isEmpty() && seen.size() < MAX_WALK && entries.size() < MAX_WALK) {
            COSDictionary node = pending.pop();
            if (!seen.add(node)) {
                continue;
            }
            COSArray names = node.getCOSArray(COSName.NAMES);
            if (names != null) {
                for (int i = 0; i + 1 < names.size() && entries.size() < MAX_WALK; i += 2) {
                    entries.add(new COSBase[] {names.getObject(i), names.getObject(i + 1)});
                }
            }
            push(pending, node.getCOSArray(COSName.KIDS));
        }
        return entries;
    }

    private static void push(Deque<COSDictionary> pending, COSArray array) {
        if (array == null) {
            return;
        }
        for (int i = Math.min(array.size(), MAX_WALK) - 1; i >= 0; i--) {
            if (array.getObject(i) instanceof COSDictionary dictionary) {
                pending.push(dictionary);
            }
        }
    }

    private void note(String text) {
        if (notes.size() < MAX_NOTES) {
            notes.add(text);
        } else if (!notes.contains(text)) {
            truncated = true;
        }
    }

    /** One line of printable text, short enough to read at a glance. */
    private static String snippet(String raw) {
        String line = raw.replaceAll("\\p{Cntrl}+", " ").strip();
        return line.length() <= MAX_SNIPPET ? line : line.substring(0, MAX_SNIPPET) + "...";
    }
}
