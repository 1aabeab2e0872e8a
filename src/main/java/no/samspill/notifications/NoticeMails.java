package no.samspill.notifications;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import no.samspill.identity.MailAddress;
import no.samspill.platform.PublicUrl;
import no.samspill.platform.Sha256;
import no.samspill.platform.i18n.Language;
import no.samspill.platform.i18n.SamspillI18NProvider;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The mails that carry notices: one notice at once, or the daily digest. Both carry RFC 8058 one-click
 * unsubscribe headers, and both say no more than the notices themselves (their text is the notice's message key
 * with the notice's own args), so a mail never widens what its recipient may read.
 */
@Component
class NoticeMails {

    static final String ROUTE_CENTRE = "notifications";
    static final String ROUTE_SETTINGS = "notifications/settings";

    private final UnsubscribeTokens tokens;
    private final SamspillI18NProvider texts;
    private final PublicUrl publicUrl;

    NoticeMails(UnsubscribeTokens tokens, SamspillI18NProvider texts, PublicUrl publicUrl) {
        this.tokens = tokens;
        this.texts = texts;
        this.publicUrl = publicUrl;
    }

    /** The mail for one notice row, in the recipient's language, with the object's tenant in the footer. */
    OutgoingMail immediate(String noticeDedupeKey, Notice notice, MailAddress to, String tenantName) {
        Language language = language(to);
        Object[] args = NoticeArgs.localised(notice.args(), language.locale());
        // the body repeats the subject's text, for readers whose mail client shows the body first
        String text = texts.getTranslation("notice." + notice.kind(), language.locale(), args);
        return new OutgoingMail(to.email(), language, "notice." + notice.kind(), List.of(args), "mail.notice.body",
                List.of(to.displayName(), link(notice.route()), link(ROUTE_SETTINGS), text), tenantName, null,
                "notice:" + Sha256.hex(noticeDedupeKey.getBytes(StandardCharsets.UTF_8)),
                "notice:" + notice.category().name())
                .withHeaders(unsubscribe(to.userId(), notice.category()));
    }

    /** The digest; {@code listing} is already rendered in the recipient's language (see {@link DigestJob}). */
    OutgoingMail digest(MailAddress to, String day, int count, String listing, String tenantName) {
        return new OutgoingMail(to.email(), language(to), "mail.digest.subject", List.of(count),
                "mail.digest.body", List.of(to.displayName(), listing, link(ROUTE_CENTRE), link(ROUTE_SETTINGS)),
                tenantName, null, "digest:" + to.userId() + ":" + day, "digest")
                .withHeaders(unsubscribe(to.userId(), null));
    }

    String link(String route) {
        return publicUrl.link(route);
    }

    /** {@code category} null: the digest, which a click turns off for every category it carries. */
    Map<String, String> unsubscribe(long userId, @Nullable NoticeCategory category) {
        return Map.of("List-Unsubscribe", "<" + link("unsubscribe/" + tokens.token(userId, category)) + ">",
                "List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }

    static Language language(MailAddress to) {
        return Language.ofCode(to.languageCode()).orElse(Language.DEFAULT);
    }
}
