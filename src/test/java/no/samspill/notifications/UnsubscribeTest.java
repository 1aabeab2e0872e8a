package no.samspill.notifications;

import no.samspill.notifications.NoticeTestSupport.Person;
import no.samspill.platform.i18n.Language;
import no.samspill.support.SamspillSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** RFC 8058: a mail client POSTs the link without login or CSRF token; only a genuine token changes anything. */
@SamspillSpringTest
class UnsubscribeTest {

    @Autowired
    WebApplicationContext web;
    @Autowired
    UnsubscribeTokens tokens;
    @Autowired
    NoticePreferences preferences;
    @Autowired
    NoticeTestSupport notices;
    MockMvc mvc;

    @BeforeEach
    void mvc() {
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
    }

    @Test
    void the_one_click_post_turns_the_category_to_the_portal_only() throws Exception {
        Person kari = notices.newMember("unsub", "Kari Avmeld", Language.NB);
        String token = tokens.token(kari.id(), NoticeCategory.REVIEW);

        mvc.perform(post("/unsubscribe/" + token).contentType("application/x-www-form-urlencoded")
                .content("List-Unsubscribe=One-Click")).andExpect(status().isOk());
        assertThat(preferences.of(kari.id())).containsEntry(NoticeCategory.REVIEW, NoticeDelivery.PORTAL_ONLY)
                .containsEntry(NoticeCategory.MARKET_DIALOGUE, NoticeDelivery.IMMEDIATE);
        // again: still fine, nothing more to do
        mvc.perform(post("/unsubscribe/" + token)).andExpect(status().isOk());
    }

    @Test
    void the_digest_link_turns_off_every_category_that_went_by_digest() throws Exception {
        Person dag = notices.newMember("unsub-digest", "Dag Avmeld", Language.NB);
        mvc.perform(post("/unsubscribe/" + tokens.token(dag.id(), null))).andExpect(status().isOk());
        assertThat(preferences.of(dag.id())).containsEntry(NoticeCategory.ACTION_PLAN, NoticeDelivery.PORTAL_ONLY)
                .containsEntry(NoticeCategory.REVIEW, NoticeDelivery.IMMEDIATE);
    }

    @Test
    void a_click_in_a_browser_only_shows_a_confirm_button_in_the_browser_s_language() throws Exception {
        Person kari = notices.newMember("unsub-get", "Kari Klikk", Language.NB);
        mvc.perform(get("/unsubscribe/" + tokens.token(kari.id(), NoticeCategory.STEERING_GROUP))
                        .header("Accept-Language", "da-DK"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Stoppe e-mails om styregrupper?")))
                .andExpect(content().string(containsString("<form method=\"post\"")));
        assertThat(preferences.of(kari.id())).containsEntry(NoticeCategory.STEERING_GROUP, NoticeDelivery.IMMEDIATE);
    }

    @Test
    void a_forged_or_altered_token_is_refused_and_changes_nothing() throws Exception {
        Person kari = notices.newMember("unsub-bad", "Kari Falsk", Language.NB);
        String genuine = tokens.token(kari.id(), NoticeCategory.REVIEW);
        // someone else's user id with the genuine signature
        String claim = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString((kari.id() + 1 + ":REVIEW").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String forged = claim + genuine.substring(genuine.indexOf('.'));
        for (String bad : new String[] {forged, genuine + "x", "nonsense", genuine.substring(0, genuine.length() - 2)}) {
            mvc.perform(post("/unsubscribe/" + bad)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/unsubscribe/" + forged)).andExpect(status().isNotFound());
        assertThat(preferences.of(kari.id())).containsEntry(NoticeCategory.REVIEW, NoticeDelivery.IMMEDIATE);
    }
}
