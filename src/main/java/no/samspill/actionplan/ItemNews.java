package no.samspill.actionplan;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import no.samspill.actionplan.domain.ActionItem;
import no.samspill.identity.Colleague;
import no.samspill.identity.PeopleDirectory;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Works out who an item's responsible is, and publishes the item's events in the service's transaction. The
 * responsible is free text ("Kari Nordmann", "kari@…", "Seksjon for innkjøp"); it is a person only when it is the
 * e-mail or the name of exactly one active user of the plan's tenant who may read plans.
 */
@Component
class ItemNews {

    private final ApplicationEventPublisher events;
    private final PeopleDirectory people;
    private final AccessPolicy access;
    private final Clock clock;

    ItemNews(ApplicationEventPublisher events, PeopleDirectory people, AccessPolicy access, Clock clock) {
        this.events = events;
        this.people = people;
        this.access = access;
        this.clock = clock;
    }

    /** Tells the responsible of the item, when it is a person and not the one it was before (by name or e-mail). */
    void assigned(long tenantId, ActionItem item, String responsibleBefore) {
        Optional<Long> before = responsible(tenantId, responsibleBefore);
        responsible(tenantId, item.getResponsible()).filter(userId -> !before.equals(Optional.of(userId)))
                .ifPresent(userId -> events.publishEvent(new ActionItemEvents.Assigned(tenantId,
                item.getPlanId(), item.id(), item.number().toString(), item.getTitle(), userId,
                access.actorId(), clock.instant())));
    }

    Optional<Long> responsible(long tenantId, String responsible) {
        String wanted = responsible.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        Set<Long> readers = people.activeUsersWithRole(tenantId, Roles.STAFF);
        List<Long> matches = people.activeMembers(tenantId).stream().filter(c -> readers.contains(c.userId()))
                .filter(c -> c.email().toLowerCase(Locale.ROOT).equals(wanted)
                        || c.displayName().strip().toLowerCase(Locale.ROOT).equals(wanted))
                .map(Colleague::userId).distinct().toList();
        return matches.size() == 1 ? Optional.of(matches.getFirst()) : Optional.empty();
    }
}
