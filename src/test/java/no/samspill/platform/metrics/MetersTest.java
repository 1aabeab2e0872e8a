package no.samspill.platform.metrics;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import no.samspill.support.KaribuTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The meters an operator scrapes: a navigation's time by view, service calls, and a request's time and SQL. */
class MetersTest extends KaribuTest {

    @Autowired
    MeterRegistry registry;
    @Autowired
    FilterRegistrationBean<RequestMetricsFilter> requestMetrics;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_navigation_is_timed_by_its_view_and_the_services_it_called_by_service_and_method() {
        long before = navigations("ProjectsView");
        loginAndOpen(TestUsers.HSO_LEAD, "projects");

        assertThat(navigations("ProjectsView")).isEqualTo(before + 1);
        assertThat(registry.find("samspill.service").tag("service", "ProjectService").timers())
                .isNotEmpty().allSatisfy(t -> assertThat(t.getId().getTag("method")).isNotBlank());
        // a name per view, never an id: the number of series stays that of the views
        assertThat(registry.find("samspill.view.navigation").timers())
                .allSatisfy(t -> assertThat(t.getId().getTag("view")).doesNotContainAnyWhitespaces()
                        .doesNotContain("/").matches("[A-Za-z]+"));
    }

    @Test
    void a_request_is_timed_and_its_statements_counted_by_kind_and_other_threads_do_not_count() throws Exception {
        DistributionSummary uidl = registry.find("samspill.request.statements").tag("kind", "uidl").summary();
        long countBefore = uidl == null ? 0 : uidl.count();
        double totalBefore = uidl == null ? 0 : uidl.totalAmount();
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setParameter("v-r", "uidl");

        requestMetrics.getFilter().doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            jdbc.queryForObject("select 1", Integer.class);
            jdbc.queryForObject("select 2", Integer.class);
            Thread other = new Thread(() -> jdbc.queryForObject("select 3", Integer.class));
            other.start();
            try {
                other.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        DistributionSummary after = registry.find("samspill.request.statements").tag("kind", "uidl").summary();
        assertThat(after).isNotNull();
        assertThat(after.count()).isEqualTo(countBefore + 1);
        assertThat(after.totalAmount() - totalBefore).isEqualTo(2);
        Timer time = registry.find("samspill.request").tag("kind", "uidl").timer();
        assertThat(time).isNotNull();
        assertThat(time.count()).isPositive();
        // outside a request nothing is counted, and nothing fails
        jdbc.queryForObject("select 4", Integer.class);
        assertThat(after.count()).isEqualTo(countBefore + 1);
    }

    @Test
    void requests_are_told_apart_by_what_vaadin_does_with_them() {
        MockHttpServletRequest heartbeat = new MockHttpServletRequest("POST", "/");
        heartbeat.setParameter("v-r", "heartbeat");
        MockHttpServletRequest file = new MockHttpServletRequest("GET", "/VAADIN/build/index.js");
        MockHttpServletRequest page = new MockHttpServletRequest("GET", "/projects/1");

        assertThat(RequestMetricsFilter.kind(heartbeat)).isEqualTo("heartbeat");
        assertThat(RequestMetricsFilter.kind(file)).isEqualTo("static");
        assertThat(RequestMetricsFilter.kind(page)).isEqualTo("page");
    }

    private long navigations(String view) {
        Timer timer = registry.find("samspill.view.navigation").tag("view", view).timer();
        return timer == null ? 0 : timer.count();
    }
}
