package no.samspill.platform.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import no.samspill.platform.security.AccessPolicy;
import org.springframework.stereotype.Component;

/**
 * The time as the current user's active tenant sees it, on the one application {@link Clock}. Services used to
 * work this out each for themselves; one place keeps "today" the same day everywhere and lets tests move the clock
 * for all of them at once. Without an active tenant (the platform admin, the login pages) the clock's own zone, UTC,
 * applies. Access checks stay with the services that hand these values to views: this only tells the time.
 */
@Component
public class TenantTime {

    private final Clock clock;
    private final AccessPolicy access;

    TenantTime(Clock clock, AccessPolicy access) {
        this.clock = clock;
        this.access = access;
    }

    /** The active tenant's zone, in which dates are shown and typed. */
    public ZoneId zone() {
        return access.current().zone(clock.getZone());
    }

    /** Today in the active tenant's zone. */
    public LocalDate today() {
        return LocalDate.now(clock());
    }

    /** The application clock set to the active tenant's zone, for month and week arithmetic. */
    public Clock clock() {
        return clock.withZone(zone());
    }
}
