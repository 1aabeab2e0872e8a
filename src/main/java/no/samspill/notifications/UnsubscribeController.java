package no.samspill.notifications;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import no.samspill.platform.i18n.Language;
import no.samspill.platform.i18n.SamspillI18NProvider;
import no.samspill.platform.security.PublicPaths;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * RFC 8058 one-click unsubscribe. A mail client POSTs to the link in List-Unsubscribe without a login or a CSRF
 * token; the signed token is the authorization, and all it can do is turn its category (or the digest) to the
 * portal only. A GET (someone clicking the link) shows a page with a confirm button, so that a link scanner that
 * follows links does not unsubscribe anyone. A Spring MVC controller: Vaadin only serves what MVC does not map.
 */
@RestController
class UnsubscribeController {

    static final String PATH = "/unsubscribe/";

    private final UnsubscribeTokens tokens;
    private final NoticePreferences preferences;
    private final SamspillI18NProvider texts;

    UnsubscribeController(UnsubscribeTokens tokens, NoticePreferences preferences, SamspillI18NProvider texts) {
        this.tokens = tokens;
        this.preferences = preferences;
        this.texts = texts;
    }

    @GetMapping(value = PATH + "{token}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> confirm(@PathVariable String token, HttpServletRequest request) {
        Language language = Language.of(request.getLocale());
        Optional<UnsubscribeTokens.Subscription> subscription = tokens.verify(token);
        if (subscription.isEmpty()) {
            return page(HttpStatus.NOT_FOUND, language, "unsubscribe.invalid", null);
        }
        String form = "<form method=\"post\" action=\"" + HtmlUtils.htmlEscape(PATH + token) + "\"><button type="
                + "\"submit\">" + HtmlUtils.htmlEscape(text(language, "unsubscribe.confirm")) + "</button></form>";
        return page(HttpStatus.OK, language, question(subscription.get()), form);
    }

    @PostMapping(PATH + "{token}")
    ResponseEntity<String> unsubscribe(@PathVariable String token, HttpServletRequest request) {
        Language language = Language.of(request.getLocale());
        Optional<UnsubscribeTokens.Subscription> subscription = tokens.verify(token);
        if (subscription.isEmpty()) {
            return page(HttpStatus.NOT_FOUND, language, "unsubscribe.invalid", null);
        }
        preferences.unsubscribe(subscription.get().userId(), subscription.get().category());
        return page(HttpStatus.OK, language, "unsubscribe.done", null);
    }

    private static String question(UnsubscribeTokens.Subscription s) {
        return s.category() == null ? "unsubscribe.question.digest" : "unsubscribe.question." + s.category().name();
    }

    private ResponseEntity<String> page(HttpStatus status, Language language, String key, @Nullable String form) {
        String title = HtmlUtils.htmlEscape(text(language, "unsubscribe.title"));
        String html = "<!DOCTYPE html><html lang=\"" + language.code() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
                + "</title></head><body><main><h1>" + title + "</h1><p>"
                + HtmlUtils.htmlEscape(text(language, key)) + "</p>" + (form == null ? "" : form)
                + "</main></body></html>";
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset
                .StandardCharsets.UTF_8)).body(html);
    }

    private String text(Language language, String key) {
        return texts.getTranslation(key, language.locale());
    }

    /** The path needs neither login nor CSRF token (see {@link PublicPaths}). */
    @Component
    static class Open implements PublicPaths {

        @Override
        public List<String> patterns() {
            return List.of(PATH + "**");
        }
    }
}
