package no.samspill.actionplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.samspill.actionplan.domain.ActionItemRepository;
import no.samspill.actionplan.domain.RoundTable;
import no.samspill.actionplan.domain.RoundTableEntry;
import no.samspill.actionplan.domain.RoundTableEntryRepository;
import no.samspill.actionplan.domain.RoundTableParticipant;
import no.samspill.actionplan.domain.RoundTableParticipantRepository;
import no.samspill.actionplan.domain.RoundTableRepository;
import no.samspill.identity.Colleague;
import no.samspill.identity.ColleagueService;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.Texts;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import no.samspill.platform.time.TenantTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Round-table conferences of the active tenant: participants (users or named outsiders), agenda, learning points
 * and proposed actions. A proposed action becomes an action-plan item in one step, and keeps the link both ways.
 */
@Service
public class RoundTableService {

    private static final int TEXT_MAX = 4_000;
    private final RoundTableRepository conferences;
    private final RoundTableParticipantRepository participants;
    private final RoundTableEntryRepository entries;
    private final ActionItemRepository items;
    private final ActionPlanService plans;
    private final ColleagueService colleagues;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Clock clock;
    private final TenantTime time;

    RoundTableService(RoundTableRepository conferences, RoundTableParticipantRepository participants,
            RoundTableEntryRepository entries, ActionItemRepository items, ActionPlanService plans,
            ColleagueService colleagues, AccessPolicy access, AuditTrail audit, Clock clock, TenantTime time) {
        this.time = time;
        this.conferences = conferences;
        this.participants = participants;
        this.entries = entries;
        this.items = items;
        this.plans = plans;
        this.colleagues = colleagues;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ConferenceSummary> conferences() {
        long tenantId = access.requireActiveTenant();
        return conferences.findByTenantIdOrderByHeldOnDesc(tenantId).stream().map(RoundTableService::summary)
                .toList();
    }

    @Transactional
    public ConferenceSummary create(String title, LocalDate heldOn, String place, String topic) {
        long tenantId = access.requireAnyRole(Roles.LEADS);
        RoundTable c = conferences.save(new RoundTable(tenantId, Texts.clean(title, 3, 200, "roundtable.error.title"),
                heldOn, Texts.clean(place, 0, 200, "roundtable.error.place"),
                Texts.clean(topic, 0, TEXT_MAX, "roundtable.error.text"), clock.instant()));
        audit.recordIn(tenantId, "roundtable.created", "RoundTable", c.id(), FieldChange.set("title", c.getTitle()),
                FieldChange.set("heldOn", heldOn));
        return summary(c);
    }

    @Transactional(readOnly = true)
    public ConferenceDetails details(long conferenceId) {
        RoundTable c = load(access.requireActiveTenant(), conferenceId);
        List<RoundTableEntry> list = entries.findByConferenceIdOrderByKindAscPositionAsc(conferenceId);
        // the linked items' numbers in one query, without loading the items and their dependencies
        List<Long> linked = list.stream().map(RoundTableEntry::getItemId).filter(java.util.Objects::nonNull)
                .distinct().toList();
        Map<Long, String> numbers = linked.isEmpty() ? Map.of() : items.numbers(linked).stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> new ItemNumber(((String) r[1]).charAt(0),
                        (Integer) r[2], (Integer) r[3]).toString()));
        return new ConferenceDetails(summary(c),
                participants.findByConferenceIdOrderByOrganisationAscNameAsc(conferenceId).stream()
                        .map(p -> new ConferenceDetails.Participant(p.getName(), p.getOrganisation(),
                                p.getUserId() != null)).toList(),
                list.stream().map(e -> new ConferenceDetails.Entry(e.id(), e.getVersion(), e.getKind(), e.getText(),
                        e.getItemId(), e.getItemId() == null ? null : numbers.get(e.getItemId()))).toList());
    }

    /** A participant: a colleague (by user id) or a named outsider with their organisation. */
    @Transactional
    public ConferenceDetails addParticipant(long conferenceId, @Nullable Long userId, String name,
            String organisation) {
        long tenantId = editable(conferenceId).getTenantId();
        String shownName = name;
        if (userId != null) {
            Colleague colleague = colleagues.find(userId).orElseThrow(NotFoundException::new);
            shownName = colleague.displayName();
        }
        String cleanName = Texts.clean(shownName, 2, 200, "roundtable.error.name");
        participants.save(new RoundTableParticipant(conferenceId, userId, cleanName,
                Texts.clean(organisation, 0, 200, "roundtable.error.organisation")));
        audit.recordIn(tenantId, "roundtable.participant-added", "RoundTable", conferenceId,
                FieldChange.set("participant", cleanName));
        return details(conferenceId);
    }

    @Transactional(readOnly = true)
    public List<Colleague> colleagueOptions() {
        return colleagueOptions("", 0, Integer.MAX_VALUE);
    }

    /** A page of the colleagues to name as participants, for the lazy picker. */
    @Transactional(readOnly = true)
    public List<Colleague> colleagueOptions(String search, long offset, int limit) {
        access.requireAnyRole(Roles.LEADS);
        return colleagues.search(search, null, offset, limit);
    }

    @Transactional
    public ConferenceDetails addEntry(long conferenceId, EntryKind kind, String text) {
        RoundTable conference = editable(conferenceId);
        long tenantId = conference.getTenantId();
        // the agenda is planned ahead; what was learnt and agreed exists only once the conference has been held
        if (kind != EntryKind.AGENDA && conference.getHeldOn().isAfter(time.today())) {
            throw new ValidationException("roundtable.error.not-held", conference.getHeldOn());
        }
        String clean = Texts.clean(text, 2, TEXT_MAX, "roundtable.error.text");
        RoundTableEntry entry = entries.save(new RoundTableEntry(conferenceId, kind,
                entries.countByConferenceIdAndKind(conferenceId, kind) + 1, clean));
        audit.recordIn(tenantId, "roundtable.entry-added", "RoundTable", conferenceId,
                FieldChange.set(kind.name().toLowerCase(java.util.Locale.ROOT), clean));
        return details(conferenceId);
    }

    /**
     * Turns a proposed action into a new item of an action plan, in one step. The item is described by the
     * action, and the entry keeps the link to it (the item page shows where it came from).
     */
    @Transactional
    public ItemRow makeItem(long entryId, long expectedVersion, long planId, String number, String title) {
        RoundTableEntry entry = entries.findById(entryId).orElseThrow(NotFoundException::new);
        RoundTable c = editable(entry.getConferenceId());
        long tenantId = c.getTenantId();
        entry.requireVersion(expectedVersion);
        if (entry.getKind() != EntryKind.ACTION || entry.getItemId() != null) {
            throw new ValidationException("roundtable.error.not-open-action");
        }
        ItemRow item = plans.createItem(planId, new ItemForm(number, title, entry.getText(),
                        "", "", null, Set.of()), new StatusUpdate(ItemStatus.GREEN, "", null));
        entry.becameItem(item.id());
        entries.flush();
        audit.recordIn(tenantId, "roundtable.action-to-item", "RoundTable", c.id(),
                FieldChange.set("item", item.number()));
        return item;
    }

    /** Records that a proposed action is covered by an existing item of one of the tenant's plans. */
    @Transactional
    public void linkToItem(long entryId, long expectedVersion, long itemId) {
        RoundTableEntry entry = entries.findById(entryId).orElseThrow(NotFoundException::new);
        RoundTable c = editable(entry.getConferenceId());
        long tenantId = c.getTenantId();
        entry.requireVersion(expectedVersion);
        if (entry.getKind() != EntryKind.ACTION || entry.getItemId() != null) {
            throw new ValidationException("roundtable.error.not-open-action");
        }
        ItemRow item = plans.item(itemId);
        entry.becameItem(item.id());
        audit.recordIn(tenantId, "roundtable.action-linked", "RoundTable", c.id(),
                FieldChange.set("item", item.number()));
    }

    @Transactional(readOnly = true)
    public long conferenceOf(long entryId) {
        long tenantId = access.requireActiveTenant();
        RoundTableEntry entry = entries.findById(entryId).orElseThrow(NotFoundException::new);
        return load(tenantId, entry.getConferenceId()).id();
    }

    /** The conference an item came from, if any, for the item page. */
    @Transactional(readOnly = true)
    public Optional<ConferenceSummary> originOf(long itemId) {
        long tenantId = access.requireActiveTenant();
        return entries.findFirstByItemId(itemId)
                .flatMap(e -> conferences.findByIdAndTenantId(e.getConferenceId(), tenantId))
                .map(RoundTableService::summary);
    }

    /** A removed item leaves its round-table action open again, so it can become another item. */
    @EventListener
    void on(ItemDeleted deleted) {
        for (RoundTableEntry entry : entries.findByItemId(deleted.itemId())) {
            entry.reopen();
            audit.recordIn(access.requireActiveTenant(), "roundtable.action-reopened", "RoundTable",
                    entry.getConferenceId(), FieldChange.of("item", deleted.number(), null));
        }
        entries.flush();
    }

    /** The conference, for a change: only who may read the conference hears that they may not change it. */
    private RoundTable editable(long conferenceId) {
        RoundTable c = load(access.requireActiveTenant(), conferenceId);
        access.requireAnyRole(Roles.LEADS);
        return c;
    }

    private RoundTable load(long tenantId, long conferenceId) {
        return conferences.findByIdAndTenantId(conferenceId, tenantId).orElseThrow(NotFoundException::new);
    }

    private static ConferenceSummary summary(RoundTable c) {
        return new ConferenceSummary(c.id(), c.getTitle(), c.getHeldOn(), c.getPlace(), c.getTopic());
    }


}
