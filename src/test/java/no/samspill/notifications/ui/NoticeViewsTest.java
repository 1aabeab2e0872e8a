package no.samspill.notifications.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import no.samspill.notifications.NoticeCategory;
import no.samspill.notifications.NoticeDelivery;
import no.samspill.notifications.NoticeTestSupport;
import no.samspill.notifications.NoticeTestSupport.Person;
import no.samspill.platform.i18n.Language;
import no.samspill.platform.text.Formats;
import no.samspill.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static no.samspill.support.Views.heading;
import static org.assertj.core.api.Assertions.assertThat;

class NoticeViewsTest extends KaribuTest {

    @Autowired
    NoticeTestSupport notices;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_bell_counts_unread_notices_and_the_centre_lists_them_by_day_and_marks_them_read() {
        Person kari = notices.newMember("bell", "Kari Bjelle", Language.NB);
        Person ola = notices.newMember("bell-other", "Ola Annen", Language.NB);
        long third = NoticeTestSupport.newObjectId();
        for (String name : List.of("Første", "Andre")) {
            notices.post(notices.answerPublished(NoticeTestSupport.newObjectId(), name, null, kari.id()));
        }
        notices.post(notices.answerPublished(third, "Tredje", null, kari.id()));
        notices.post(notices.answerPublished(NoticeTestSupport.newObjectId(), "Olas", null, ola.id()));

        loginAndOpen(kari.email(), "");
        NoticeBell bell = _get(NoticeBell.class);
        assertThat(bell.getText()).isEqualTo("3");
        assertThat(bell.getAriaLabel()).contains("3 uleste varsler");

        _click(bell);
        assertThat(heading()).isEqualTo("Varsler");
        assertThat(_find(H2.class, s -> s.withClasses("samspill-notice-day"))).extracting(H2::getText)
                .containsExactly(Formats.longDate(LocalDate.now(ZoneId.of("Europe/Oslo")), Locale.of("nb")));
        List<HorizontalLayout> items = _find(HorizontalLayout.class, s -> s.withClasses("samspill-notice"));
        assertThat(items).extracting(i -> text(i)).containsExactly(
                "Et nytt svar (nr. 1) er publisert til alle deltakere i markedsdialogen «Tredje»",
                "Et nytt svar (nr. 1) er publisert til alle deltakere i markedsdialogen «Andre»",
                "Et nytt svar (nr. 1) er publisert til alle deltakere i markedsdialogen «Første»");
        assertThat(_find(Paragraph.class, s -> s.withId("notices-empty"))).as("hidden").isEmpty();

        _click(_get(items.getLast(), Button.class, s -> s.withClasses("samspill-mark-read")));
        assertThat(_get(NoticeBell.class).getText()).isEqualTo("2");
        assertThat(_find(items.getLast(), Button.class, s -> s.withClasses("samspill-mark-read"))).isEmpty();

        _click(_get(items.getFirst(), Button.class, s -> s.withClasses("samspill-notice-text")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("dialogues/" + third);
        // the dialogue is not one she may open: its own view checks access again and refuses
        assertThat(heading()).isIn(no.samspill.support.Views.t("error.not-found.title"),
                no.samspill.support.Views.t("error.forbidden.title"));

        UI.getCurrent().navigate(NoticeCentreView.class);
        assertThat(_get(NoticeBell.class).getText()).isEqualTo("1");
        _click(_get(Button.class, s -> s.withId("mark-all-read")));
        assertThat(_get(NoticeBell.class).getText()).isEmpty();
        assertThat(_get(NoticeBell.class).getAriaLabel()).contains("Ingen uleste varsler");
        assertThat(_find(Button.class, s -> s.withClasses("samspill-mark-read"))).isEmpty();
        assertThat(_find(HorizontalLayout.class, s -> s.withClasses("samspill-notice"))).hasSize(3);
    }

    @Test
    void someone_without_notices_sees_the_empty_state() {
        Person nina = notices.newMember("bell-empty", "Nina Ny", Language.NB);
        loginAndOpen(nina.email(), "notifications");
        assertThat(_get(Paragraph.class, s -> s.withId("notices-empty")).getText()).startsWith("Du har ingen varsler.");
        assertThat(_get(NoticeBell.class).getText()).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("more-notices"))).as("hidden").isEmpty();
    }

    @Test
    void the_centre_shows_more_notices_on_request() {
        Person per = notices.newMember("bell-many", "Per Mange", Language.NB);
        for (int i = 0; i < NoticeCentreView.PAGE + 2; i++) {
            notices.post(notices.answerPublished(NoticeTestSupport.newObjectId(), "D" + i, null, per.id()));
        }
        loginAndOpen(per.email(), "notifications");
        assertThat(_find(HorizontalLayout.class, s -> s.withClasses("samspill-notice"))).hasSize(NoticeCentreView.PAGE);
        _click(_get(Button.class, s -> s.withId("more-notices")));
        assertThat(_find(HorizontalLayout.class, s -> s.withClasses("samspill-notice")))
                .hasSize(NoticeCentreView.PAGE + 2);
        assertThat(_find(Button.class, s -> s.withId("more-notices"))).as("hidden").isEmpty();
        assertThat(_get(NoticeBell.class).getText()).isEqualTo(Integer.toString(NoticeCentreView.PAGE + 2));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_settings_page_saves_one_choice_per_category_with_an_audit_entry() {
        Person siri = notices.newMember("settings", "Siri Valg", Language.NB);
        loginAndOpen(siri.email(), "notifications");
        String href = _get(com.vaadin.flow.router.RouterLink.class, s -> s.withId("notice-settings-link")).getHref();
        assertThat(href).isEqualTo("notifications/settings");
        UI.getCurrent().navigate(href);
        assertThat(heading()).isEqualTo("Varslingsinnstillinger");
        RadioButtonGroup<NoticeDelivery> review = _get(RadioButtonGroup.class, s -> s.withId("delivery-REVIEW"));
        assertThat(review.getValue()).isEqualTo(NoticeDelivery.IMMEDIATE);
        assertThat(_get(RadioButtonGroup.class, s -> s.withId("delivery-ACTION_PLAN")).getValue())
                .isEqualTo(NoticeDelivery.DIGEST);
        _setValue(review, NoticeDelivery.PORTAL_ONLY);
        _click(_get(Button.class, s -> s.withId("save-notice-settings")));

        UI.getCurrent().getPage().reload();
        assertThat(_get(RadioButtonGroup.class, s -> s.withId("delivery-REVIEW")).getValue())
                .isEqualTo(NoticeDelivery.PORTAL_ONLY);
        assertThat(jdbc.queryForList("select changes from audit_entry where action = ? and entity_id = ?",
                String.class, "notice-preference.changed", siri.id() + ":" + NoticeCategory.REVIEW.name()))
                .singleElement().satisfies(c -> assertThat(c).contains("IMMEDIATE", "PORTAL_ONLY"));
    }

    @Test
    void the_user_menu_leads_to_the_settings() {
        Person siri = notices.newMember("settings-menu", "Siri Meny", Language.NB);
        loginAndOpen(siri.email(), "");
        com.vaadin.flow.component.menubar.MenuBar menu = _get(com.vaadin.flow.component.menubar.MenuBar.class,
                s -> s.withId("user-menu"));
        com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithCaption(menu, "Varslingsinnstillinger");
        assertThat(heading()).isEqualTo("Varslingsinnstillinger");
    }

    private static String text(HorizontalLayout item) {
        return _get(item, Button.class, s -> s.withClasses("samspill-notice-text")).getText();
    }
}
