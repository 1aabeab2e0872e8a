package no.samspill.notifications;

import java.time.Duration;
import java.util.UUID;
import no.samspill.support.SamspillSpringTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event publication registry (V22) keeps an event whose listener did not finish, and runs it again when
 * resubmitted, which the portal does at every start (republish-outstanding-events-on-restart): a notice cut off by
 * a crash after the commit is posted after the restart. A finished publication is deleted.
 */
@SamspillSpringTest
class EventRegistryTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    IncompleteEventPublications incomplete;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_unfinished_listener_keeps_its_event_until_it_is_resubmitted_and_finishes() {
        String id = UUID.randomUUID().toString();
        RegistryProbeListener.FAIL_ONCE.add(id);
        new TransactionTemplate(transactionManager).executeWithoutResult(s -> events.publishEvent(new RegistryProbe(id)));

        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> !RegistryProbeListener.FAIL_ONCE.contains(id));
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from EVENT_PUBLICATION where SERIALIZED_EVENT like ? and COMPLETION_DATE is null",
                Integer.class, "%" + id + "%")).isEqualTo(1));
        assertThat(RegistryProbeListener.HANDLED).doesNotContain(id);

        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof RegistryProbe probe
                && probe.id().equals(id));
        Awaitility.await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(RegistryProbeListener.HANDLED).contains(id));
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from EVENT_PUBLICATION where SERIALIZED_EVENT like ?", Integer.class,
                "%" + id + "%")).as("finished: deleted").isZero());
    }
}
