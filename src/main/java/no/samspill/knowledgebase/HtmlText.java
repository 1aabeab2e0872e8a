package no.samspill.knowledgebase;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the collection's HTML fragments into clean text: paragraphs become lines with a blank line between them,
 * list items lines starting with "• " (also a list written as " - a - b" or " • a • b" inside a ul without li),
 * every other tag goes, and entities are decoded. What is left is plain text, shown literally.
 */
final class HtmlText {

    private static final Pattern LIST = Pattern.compile("(?is)<ul[^>]*>(.*?)(?:</ul>|$)");
    private static final Pattern ITEM = Pattern.compile("(?is)<li[^>]*>(.*?)(?:</li>|(?=<li)|$)");
    private static final Pattern PARAGRAPH_END = Pattern.compile("(?i)</p>|<br\\s*/?>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern INLINE_BULLET = Pattern.compile("\\s+(?:-|•)\\s+");

    private HtmlText() {
    }

    static String clean(String html) {
        if (!html.contains("<") && !html.contains("&")) {
            return html.strip();
        }
        Matcher lists = LIST.matcher(html);
        StringBuilder out = new StringBuilder();
        while (lists.find()) {
            lists.appendReplacement(out, Matcher.quoteReplacement("\n\n" + listItems(lists.group(1)) + "\n\n"));
        }
        lists.appendTail(out);
        String text = PARAGRAPH_END.matcher(out).replaceAll("\n\n");
        text = decode(TAG.matcher(text).replaceAll(""));
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            String stripped = line.replaceAll("[ \\t\\u00a0]+", " ").strip();
            if (!stripped.isEmpty() || (!lines.isEmpty() && !lines.getLast().isEmpty())) {
                lines.add(stripped);
            }
        }
        return String.join("\n", lines).strip();
    }

    private static String listItems(String inner) {
        List<String> items = new ArrayList<>();
        Matcher li = ITEM.matcher(inner);
        while (li.find()) {
            items.add(TAG.matcher(li.group(1)).replaceAll("").strip());
        }
        if (items.isEmpty()) {
            for (String part : INLINE_BULLET.split(" " + TAG.matcher(inner).replaceAll(" ").strip())) {
                if (!part.isBlank()) {
                    items.add(part.strip());
                }
            }
        }
        return String.join("\n", items.stream().filter(i -> !i.isEmpty()).map(i -> "• " + i).toList());
    }

    private static String decode(String text) {
        return text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }
}
