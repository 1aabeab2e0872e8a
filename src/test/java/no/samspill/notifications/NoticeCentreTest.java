package no.samspill.notifications;

import java.util.List;
import no.samspill.notifications.NoticeTestSupport.Person;
import no.samspill.platform.i18n.Language;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The centre shows each user their own notices only, and keeps the unread count. */
@SamspillSpringTest
class NoticeCentreTest {

    @Autowired
    NoticeCentre centre;
    @Autowired
    NoticeTestSupport notices;
    @Autowired
    TestUsers users;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void own_notices_newest_first_paged_and_mark_read_changes_the_count() {
        Person kari = notices.newMember("centre", "Kari Senter", Language.NB);
        Person ola = notices.newMember("centre-other", "Ola Annen", Language.NB);
        for (String name : List.of("Første", "Andre", "Tredje")) {
            notices.post(notices.answerPublished(NoticeTestSupport.newObjectId(), name, null, kari.id()));
        }
        notices.post(notices.answerPublished(NoticeTestSupport.newObjectId(), "Olas", null, ola.id()));

        users.login(kari.email());
        assertThat(centre.unreadCount()).isEqualTo(3);
        List<NoticeRow> all = centre.page(0, 10);
        assertThat(all).extracting(r -> r.args().getFirst()).containsExactly("Tredje", "Andre", "Første");
        assertThat(all).allSatisfy(r -> assertThat(r.tenantName()).isEqualTo("Helse Sør-Øst RHF"));
        assertThat(centre.page(1, 1)).extracting(r -> r.args().getFirst()).containsExactly("Andre");

        centre.markRead(all.getLast().id());
        centre.markRead(all.getLast().id());
        assertThat(centre.unreadCount()).isEqualTo(2);
        String route = centre.open(all.getFirst().id());
        assertThat(route).isEqualTo(all.getFirst().route());
        assertThat(centre.unreadCount()).isEqualTo(1);
        assertThat(centre.markAllRead()).isEqualTo(1);
        assertThat(centre.unreadCount()).isZero();

        users.login(ola.email());
        assertThat(centre.unreadCount()).as("someone else's marking leaves mine").isEqualTo(1);
    }

    @Test
    void the_bells_count_is_one_query_on_the_recipient_index() {
        Person kari = notices.newMember("centre-explain", "Kari Indeks", Language.NB);
        var plan = jdbc.queryForList("explain select count(*) from notice where recipient_user_id = ? "
                + "and read_at is null", kari.id());
        assertThat(plan).singleElement().satisfies(row -> {
            assertThat(row.get("key")).isEqualTo("ix_notice_recipient");
            assertThat(String.valueOf(row.get("Extra"))).contains("Using index");
        });
    }

    @Test
    void a_notice_of_another_user_is_not_found() {
        Person kari = notices.newMember("centre-mine", "Kari Egen", Language.NB);
        Person ola = notices.newMember("centre-theirs", "Ola Fremmed", Language.NB);
        notices.post(notices.answerPublished(NoticeTestSupport.newObjectId(), "Hemmelig", null, ola.id()));
        long olas = notices.noticeIds(ola.id()).getFirst();

        users.login(kari.email());
        assertThat(centre.page(0, 10)).isEmpty();
        assertThatThrownBy(() -> centre.markRead(olas)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> centre.open(olas)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> centre.markRead(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
        centre.markAllRead();

        users.login(ola.email());
        assertThat(centre.unreadCount()).isEqualTo(1);
    }
}
