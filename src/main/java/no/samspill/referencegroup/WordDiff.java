package no.samspill.referencegroup;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-by-word diff of two texts with java-diff-utils (Myers). Words and the whitespace between them are separate
 * tokens, so joining the segments of one side gives back that side exactly.
 */
final class WordDiff {

    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

    private WordDiff() {
    }

    static List<DiffSegment> of(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<DiffSegment> out = new ArrayList<>();
        int i = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            add(out, DiffSegment.Kind.SAME, a.subList(i, delta.getSource().getPosition()));
            add(out, DiffSegment.Kind.REMOVED, delta.getSource().getLines());
            add(out, DiffSegment.Kind.ADDED, delta.getTarget().getLines());
            i = delta.getSource().getPosition() + delta.getSource().size();
        }
        add(out, DiffSegment.Kind.SAME, a.subList(i, a.size()));
        return out;
    }

    private static void add(List<DiffSegment> out, DiffSegment.Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        // neighbouring runs of one kind read as one run
        if (!out.isEmpty() && out.getLast().kind() == kind) {
            out.set(out.size() - 1, new DiffSegment(kind, out.getLast().text() + text));
        } else {
            out.add(new DiffSegment(kind, text));
        }
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
