package org.innovatorpassport.assurance.internal.evidence;

import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.innovatorpassport.assurance.internal.evidence.EvidenceRefused.Reason;

/**
 * Counts the pages a PDF really has, before PDFBox is asked to iterate them. The root's
 * {@code /Count} is whatever the file says, and PDFBox's page iterator collects every leaf up front
 * by recursion: a tree that claims one page but nests a hundred thousand levels deep overflows the
 * stack, and one that lists the same page a million times fills the heap. This walk is iterative,
 * stops one page past the limit, and refuses absurd depth.
 */
final class PageTreeWalk {

    /** Real page trees are a handful of levels deep; this leaves PDFBox's recursion plenty of stack. */
    static final int MAX_DEPTH = 256;

    private PageTreeWalk() {
    }

    private record Node(COSDictionary dictionary, int depth) {
    }

    /** The page dictionaries in document order, as PDFBox will visit them. */
    static List<COSDictionary> pages(COSDictionary catalog, int maxPages) throws EvidenceRefused, InterruptedIOException {
        COSDictionary root = catalog.getCOSDictionary(COSName.PAGES);
        if (root == null) {
            throw new EvidenceRefused(Reason.CORRUPT, "The PDF has no pages");
        }
        // tree nodes with more than a few kids per page are padding, not structure
        long maxTreeNodes = maxPages * 4L + 64;
        List<COSDictionary> pages = new ArrayList<>();
        Set<COSDictionary> visitedNodes = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(new Node(root, 0));
        while (!pending.isEmpty()) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("Page tree walk cancelled");
            }
            Node node = pending.pop();
            if (!isTreeNode(node.dictionary())) {
                pages.add(node.dictionary());
                if (pages.size() > maxPages) {
                    throw tooManyPages(maxPages);
                }
                continue;
            }
            if (!visitedNodes.add(node.dictionary())) {
                continue; // a cycle or a shared subtree; PDFBox skips these as well
            }
            if (node.depth() > MAX_DEPTH || visitedNodes.size() > maxTreeNodes) {
                throw new EvidenceRefused(Reason.TOO_COMPLEX,
                        "The PDF is too complex to check: its page tree is nested too deeply");
            }
            COSArray kids = node.dictionary().getCOSArray(COSName.KIDS);
            if (kids == null) {
                continue;
            }
            if (kids.size() > maxTreeNodes + maxPages) {
                throw tooManyPages(maxPages); // no need to queue a million references to learn that
            }
            for (int i = kids.size() - 1; i >= 0; i--) {
                COSBase kid = kids.getObject(i);
                if (kid instanceof COSDictionary dictionary) {
                    pending.push(new Node(dictionary, node.depth() + 1));
                }
            }
        }
        return pages;
    }

    static EvidenceRefused tooManyPages(int maxPages) {
        return new EvidenceRefused(Reason.TOO_MANY_PAGES, "The PDF has more than " + maxPages + " pages");
    }

    /** The same test PDFBox applies, so both agree on which dictionaries are pages. */
    private static boolean isTreeNode(COSDictionary dictionary) {
        return COSName.PAGES.equals(dictionary.getCOSName(COSName.TYPE)) || dictionary.containsKey(COSName.KIDS);
    }
}
