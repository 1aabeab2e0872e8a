package no.samspill.platform.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import no.samspill.platform.security.SystemActor;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates are the active tenant's: Copenhagen for a Danish region, the clock's own zone without a tenant. */
@SamspillSpringTest
class TenantTimeTest {

    @Autowired
    TenantTime time;
    @Autowired
    TestUsers users;
    @Autowired
    Clock clock;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void the_zone_and_the_day_are_the_active_tenants_and_the_clocks_without_one() {
        users.login(TestUsers.RM_ADMIN);
        assertThat(time.zone()).isEqualTo(ZoneId.of("Europe/Copenhagen"));
        assertThat(time.today()).isEqualTo(LocalDate.now(clock.withZone(ZoneId.of("Europe/Copenhagen"))));
        assertThat(time.clock().getZone()).isEqualTo(ZoneId.of("Europe/Copenhagen"));
        TestUsers.logout();
        AtomicReference<ZoneId> system = new AtomicReference<>();
        SystemActor.runAs(null, () -> system.set(time.zone()));
        assertThat(system.get()).isEqualTo(clock.getZone());
    }
}
