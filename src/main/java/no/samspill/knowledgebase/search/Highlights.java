package no.samspill.knowledgebase.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import no.samspill.knowledgebase.CaseQuery.Part;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import static no.samspill.platform.Lookups.present;

/**
 * Marks the words of a text that the query matched, by analysing the text as the index did and comparing terms.
 * The result is parts of plain text (the view shows them literally, never as HTML); an excerpt is cut around the
 * first match.
 */
final class Highlights {

    private static final int EXCERPT = 260;

    private final Map<String, Analyzer> analyzers;

    Highlights(Analyzer danish, Analyzer norwegian) {
        this.analyzers = Map.of(Analyzers.DA, danish, Analyzers.NO, norwegian);
    }

    List<Part> whole(String text, Map<String, Set<String>> terms) {
        return parts(text, matches(text, terms), 0, text.length());
    }

    List<Part> excerpt(String text, Map<String, Set<String>> terms) {
        TreeMap<Integer, Integer> matches = matches(text, terms);
        int start = matches.isEmpty() ? 0 : Math.max(0, matches.firstKey() - EXCERPT / 3);
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        int end = Math.min(text.length(), start + EXCERPT);
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        List<Part> parts = new ArrayList<>();
        if (start > 0) {
            parts.add(new Part("… ", false));
        }
        parts.addAll(parts(text, matches, start, end));
        if (end < text.length()) {
            parts.add(new Part(" …", false));
        }
        return parts;
    }

    private TreeMap<Integer, Integer> matches(String text, Map<String, Set<String>> terms) {
        TreeMap<Integer, Integer> ranges = new TreeMap<>();
        terms.forEach((language, wanted) -> {
            if (wanted.isEmpty()) {
                return;
            }
            try (TokenStream stream = present(analyzers, language).tokenStream("h", text)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    if (wanted.contains(term.toString())) {
                        ranges.merge(offset.startOffset(), offset.endOffset(), Math::max);
                    }
                }
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return ranges;
    }

    private static List<Part> parts(String text, TreeMap<Integer, Integer> matches, int from, int to) {
        List<Part> parts = new ArrayList<>();
        int at = from;
        for (Map.Entry<Integer, Integer> m : matches.subMap(from, true, to, false).entrySet()) {
            int start = Math.max(m.getKey(), at);
            int end = Math.min(m.getValue(), to);
            if (start >= end) {
                continue;
            }
            if (start > at) {
                parts.add(new Part(text.substring(at, start), false));
            }
            parts.add(new Part(text.substring(start, end), true));
            at = end;
        }
        if (at < to) {
            parts.add(new Part(text.substring(at, to), false));
        }
        return parts;
    }
}
