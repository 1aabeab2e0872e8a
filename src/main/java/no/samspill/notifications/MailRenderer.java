package no.samspill.notifications;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samspill.platform.i18n.SamspillI18NProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders a mail from the message bundles in the recipient's language: plain text, and an HTML version of the
 * same text in which every value is escaped and only http(s) links become anchors.
 */
@Component
public class MailRenderer {

    static final String FOOTER = "mail.footer";
    /** What counts as a link in a mail's text: here made an anchor, and on the Sent mail page clickable. */
    public static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"']+");

    private final SamspillI18NProvider texts;

    MailRenderer(SamspillI18NProvider texts) {
        this.texts = texts;
    }

    Rendered render(OutgoingMail mail) {
        var locale = mail.language().locale();
        String subject = texts.getTranslation(mail.subjectKey(), locale, mail.subjectArgs().toArray())
                .replaceAll("[\\r\\n]+", " ").strip();
        String body = texts.getTranslation(mail.bodyKey(), locale, mail.bodyArgs().toArray()).strip();
        // mail of the platform itself (a reset, a platform admin's link) speaks for no tenant
        String footer = mail.tenantName().isBlank() ? texts.getTranslation(FOOTER + ".platform", locale)
                : texts.getTranslation(FOOTER, locale, mail.tenantName());
        String text = body + "\n\n-- \n" + footer + "\n";
        return new Rendered(subject.length() > 300 ? subject.substring(0, 300) : subject, text,
                html(subject, body, footer));
    }

    static String html(String subject, String body, String footer) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(HtmlUtils.htmlEscape(subject)).append("</title></head>")
                .append("<body style=\"font-family:sans-serif;line-height:1.5\">");
        for (String paragraph : body.split("\\n\\s*\\n")) {
            html.append("<p>").append(linked(paragraph.strip())).append("</p>");
        }
        html.append("<hr><p style=\"color:#666;font-size:90%\">").append(linked(footer)).append("</p></body></html>");
        return html.toString();
    }

    /** Escapes the text and turns its links into anchors; a link's own characters are escaped too. */
    static String linked(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = LINK.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(escape(text.substring(last, m.start())));
            String url = HtmlUtils.htmlEscape(m.group());
            out.append("<a href=\"").append(url).append("\">").append(url).append("</a>");
            last = m.end();
        }
        out.append(escape(text.substring(last)));
        return out.toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text).replace("\n", "<br>");
    }

    record Rendered(String subject, String text, String html) {
    }
}
