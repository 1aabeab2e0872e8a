package no.samspill.notifications;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.samspill.platform.i18n.Language;
import org.jspecify.annotations.Nullable;

/**
 * A mail to queue. Subject and body are message keys, rendered in the recipient's language when queued; the body's
 * text may hold links (http/https), which the HTML version makes clickable. The tenant's name goes into the footer.
 *
 * @param dedupeKey the same key queued twice gives one mail (e.g. recipient + kind + object + period)
 * @param category  what kind of mail it is (e.g. "invitation"), shown to the platform admin
 * @param replyTo   the person who caused the mail, when there is one
 * @param headers   extra headers (e.g. List-Unsubscribe); names are tokens, values one line
 */
public record OutgoingMail(String recipient, Language language, String subjectKey, List<Object> subjectArgs,
        String bodyKey, List<Object> bodyArgs, String tenantName, @Nullable String replyTo, String dedupeKey,
        String category, Map<String, String> headers) {

    private static final Pattern HEADER_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,75}");
    /** Headers the sender sets itself; a mail may not override them. */
    private static final List<String> RESERVED = List.of("from", "to", "cc", "bcc", "reply-to", "subject", "date",
            "content-type", "mime-version", "content-transfer-encoding", "message-id");

    public OutgoingMail {
        Objects.requireNonNull(recipient);
        if (recipient.isBlank() || dedupeKey.isBlank() || category.isBlank()) {
            throw new IllegalArgumentException("recipient, dedupe key and category are required");
        }
        subjectArgs = List.copyOf(subjectArgs);
        bodyArgs = List.copyOf(bodyArgs);
        replyTo = replyTo == null || replyTo.isBlank() ? null : replyTo;
        headers.forEach((name, value) -> {
            // a line break in a header (or any control character) would let a value start headers or a body of its own
            if (!HEADER_NAME.matcher(name).matches() || RESERVED.contains(name.toLowerCase(java.util.Locale.ROOT))
                    || value.isBlank() || value.chars().anyMatch(c -> c < 32 || c > 126)) {
                throw new IllegalArgumentException("not an allowed mail header: " + name);
            }
        });
        headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /** A mail without extra headers. */
    public OutgoingMail(String recipient, Language language, String subjectKey, List<Object> subjectArgs,
            String bodyKey, List<Object> bodyArgs, String tenantName, @Nullable String replyTo, String dedupeKey,
            String category) {
        this(recipient, language, subjectKey, subjectArgs, bodyKey, bodyArgs, tenantName, replyTo, dedupeKey,
                category, Map.of());
    }

    public OutgoingMail withHeaders(Map<String, String> extra) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.putAll(extra);
        return new OutgoingMail(recipient, language, subjectKey, subjectArgs, bodyKey, bodyArgs, tenantName, replyTo,
                dedupeKey, category, all);
    }

    /** The headers as stored in the outbox, or null without any. */
    @Nullable String headerLines() {
        return headers.isEmpty() ? null : headers.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("\n"));
    }

    /** Reads {@link #headerLines()} back. */
    static Map<String, String> parseHeaderLines(@Nullable String lines) {
        Map<String, String> parsed = new LinkedHashMap<>();
        if (lines != null) {
            for (String line : lines.split("\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    parsed.put(line.substring(0, colon), line.substring(colon + 1).strip());
                }
            }
        }
        return parsed;
    }
}
