package no.samspill.notifications;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.time.Clock;
import java.util.stream.IntStream;
import no.samspill.platform.i18n.Language;
import no.samspill.support.KaribuTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static no.samspill.support.Views.assertNavigationDenied;
import static no.samspill.support.Views.heading;
import static org.assertj.core.api.Assertions.assertThat;

class MailViewTest extends KaribuTest {

    @Autowired
    MailOutbox outbox;
    @Autowired
    MailSender sender;
    @Autowired
    Clock clock;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void platform_admin_sees_the_sent_mail_and_can_follow_its_link() {
        String to = TestUsers.uniqueEmail("mail-view");
        new TransactionTemplate(transactionManager).executeWithoutResult(
                s -> outbox.enqueue(MailTestSupport.invitation(to, Language.NB, "invitation:" + to)));
        sender.deliverDue(clock.instant());

        loginAndOpen(TestUsers.PLATFORM_ADMIN, "admin/mail");
        assertThat(heading()).isEqualTo("Utgående e-post");
        @SuppressWarnings("unchecked")
        Grid<MailRow> grid = _get(Grid.class);
        MailRow row = IntStream.range(0, _size(grid)).mapToObj(i -> GridKt._get(grid, i))
                .filter(r -> r.recipient().equals(to)).findFirst().orElseThrow();
        assertThat(row.status()).isEqualTo(MailStatus.SENT);
        grid.select(row);
        Div body = _get(Div.class, s -> s.withId("mail-body"));
        assertThat(_find(body, Anchor.class)).extracting(Anchor::getHref).contains(MailTestSupport.LINK);
    }

    @Test
    void tenant_admin_cannot_open_the_mail_page() {
        loginAndOpen(TestUsers.HSO_ADMIN, "");
        assertThat(menuLabels()).doesNotContain("E-post");
        assertNavigationDenied("admin/mail");
    }
}
