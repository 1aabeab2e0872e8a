package no.samspill.referencegroup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samspill.platform.i18n.ValidationException;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jspecify.annotations.Nullable;

/**
 * Turns a Markdown document into sections: each top-level heading starts one, and the lines up to the next heading
 * are its body, kept as Markdown. commonmark decides what is a heading (so a "#" inside a code block or a list is
 * not), and its source spans say on which lines. A heading may carry its number ("3.2.1 Vekt"); one without gets
 * the next number of its level. A trailing [MUST]/[SKAL] or [SHOULD]/[BØR] marks a requirement.
 */
final class MarkdownSections {

    static final int MAX_NUMBER = 40;
    static final int MAX_HEADING = 300;
    static final int MAX_DOCUMENT = 500_000;

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private static final TextContentRenderer PLAIN = TextContentRenderer.builder().build();
    private static final Pattern LEADING_BLANK_LINES = Pattern.compile("\\A(?:[ \\t]*\\n)+");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d+(?:\\.\\d+)*)\\.?\\s+(.+)$");
    private static final Pattern FLAG = Pattern.compile("^(.*?)\\s*\\[(MUST|SKAL|SHOULD|BØR|BOR)]\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private MarkdownSections() {
    }

    static List<SectionDraft> parse(String markdown) {
        if (markdown.length() > MAX_DOCUMENT) {
            throw new ValidationException("review.error.too-long", MAX_DOCUMENT);
        }
        String[] lines = markdown.split("\\R", -1);
        List<Heading> headings = new ArrayList<>();
        for (Node n = PARSER.parse(markdown).getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && !h.getSourceSpans().isEmpty()) {
                headings.add(h);
            }
        }
        if (headings.isEmpty()) {
            throw new ValidationException("review.error.no-headings");
        }
        List<SectionDraft> sections = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        String preamble = join(lines, 0, firstLine(headings.getFirst()));
        if (!preamble.isEmpty()) {
            sections.add(new SectionDraft(1, "0", "", null, preamble));
            numbers.add("0");
        }
        int[] counters = new int[7];
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            int end = i + 1 < headings.size() ? firstLine(headings.get(i + 1)) : lines.length;
            SectionDraft section = section(h, counters, join(lines, lastLine(h) + 1, end));
            if (!numbers.add(section.number())) {
                throw new ValidationException("review.error.duplicate-number", section.number());
            }
            sections.add(section);
        }
        return sections;
    }

    private static SectionDraft section(Heading h, int[] counters, String body) {
        String text = PLAIN.render(h).strip();
        @Nullable Requirement requirement = null;
        Matcher flag = FLAG.matcher(text);
        if (flag.matches()) {
            String word = flag.group(2).toUpperCase(Locale.ROOT);
            requirement = word.equals("MUST") || word.equals("SKAL") ? Requirement.MUST : Requirement.SHOULD;
            text = flag.group(1).strip();
        }
        int level = h.getLevel();
        String number;
        Matcher numbered = NUMBERED.matcher(text);
        if (numbered.matches()) {
            number = numbered.group(1);
            text = numbered.group(2).strip();
            String[] parts = number.split("\\.");
            for (int l = 1; l < counters.length; l++) {
                counters[l] = l <= parts.length ? Integer.parseInt(parts[l - 1].length() > 6 ? "0" : parts[l - 1])
                        : 0;
            }
        } else {
            counters[level]++;
            for (int l = level + 1; l < counters.length; l++) {
                counters[l] = 0;
            }
            StringBuilder b = new StringBuilder();
            for (int l = 1; l <= level; l++) {
                b.append(l > 1 ? "." : "").append(counters[l]);
            }
            number = b.toString();
        }
        if (number.length() > MAX_NUMBER) {
            throw new ValidationException("review.error.number-long", number.substring(0, MAX_NUMBER));
        }
        if (text.length() > MAX_HEADING) {
            throw new ValidationException("review.error.heading-long", number, MAX_HEADING);
        }
        return new SectionDraft(level, number, text, requirement, body);
    }

    /** Sections back to Markdown, for editing the next version; parse(render(x)) gives x again. */
    static String render(List<SectionDraft> sections) {
        StringBuilder b = new StringBuilder();
        for (SectionDraft s : sections) {
            if (s.number().equals("0") && s.heading().isEmpty()) {
                b.append(s.body()).append("\n\n");
                continue;
            }
            b.append("#".repeat(Math.clamp(s.level(), 1, 6))).append(' ').append(s.number()).append(' ')
                    .append(s.heading());
            if (s.requirement() != null) {
                b.append(s.requirement() == Requirement.MUST ? " [MUST]" : " [SHOULD]");
            }
            b.append("\n\n");
            if (!s.body().isEmpty()) {
                b.append(s.body()).append("\n\n");
            }
        }
        return b.toString().stripTrailing() + "\n";
    }

    private static int firstLine(Heading h) {
        return h.getSourceSpans().getFirst().getLineIndex();
    }

    private static int lastLine(Heading h) {
        return h.getSourceSpans().getLast().getLineIndex();
    }

    private static String join(String[] lines, int from, int to) {
        // blank lines go, leading spaces stay: they can make an indented code block
        return LEADING_BLANK_LINES.matcher(String.join("\n", Arrays.asList(lines).subList(Math.min(from, to), to)))
                .replaceFirst("").stripTrailing();
    }
}
