package no.samspill.marketdialogue;

import no.samspill.platform.text.Formats;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.samspill.marketdialogue.domain.DialogueParticipant;
import no.samspill.marketdialogue.domain.MarketDialogue;
import no.samspill.marketdialogue.domain.MeetingRepository;
import no.samspill.marketdialogue.domain.MeetingSlot;
import no.samspill.marketdialogue.domain.ParticipantRepository;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.files.PreparedFile;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.Translator;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.tenancy.TenantDirectory;
import no.samspill.tenancy.TenantSummary;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 1:1 meetings for complex procurements. The buyer offers slots; each participating supplier books at most one,
 * first come, first served; the buyer writes minutes that only that supplier sees, unless a redacted version is
 * published to all. A supplier never learns which slots others booked: taken slots are simply not offered.
 */
@Service
public class MeetingService {

    /** The content type of {@link #calendar}'s file. */
    public static final String CALENDAR_TYPE = MeetingCalendar.CONTENT_TYPE;

    private final MeetingRepository slots;
    private final ParticipantRepository participants;
    private final DialogueLedger ledger;
    private final DialogueAccess access;
    private final TenantDirectory tenants;
    private final AuditTrail audit;
    private final Clock clock;
    private final Anonymity anonymity;
    private final SupplierNames supplierNames;
    private final DialogueNews news;

    MeetingService(MeetingRepository slots, ParticipantRepository participants, DialogueLedger ledger,
            DialogueAccess access, TenantDirectory tenants, AuditTrail audit, Clock clock, Anonymity anonymity,
            SupplierNames supplierNames, DialogueNews news) {
        this.supplierNames = supplierNames;
        this.news = news;
        this.anonymity = anonymity;
        this.slots = slots;
        this.participants = participants;
        this.ledger = ledger;
        this.access = access;
        this.tenants = tenants;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public List<SlotView> offer(long dialogueId, LocalDateTime start, int durationMinutes, String location) {
        MarketDialogue d = access.asBuyer(dialogueId);
        var zone = tenants.tenant(d.getTenantId()).map(TenantSummary::timeZone).orElseThrow();
        Instant startsAt = start.truncatedTo(ChronoUnit.MINUTES).atZone(zone).toInstant();
        if (!startsAt.isAfter(clock.instant())) {
            throw new ValidationException("meeting.error.past");
        }
        if (durationMinutes < DialogueRules.MEETING_MIN_MINUTES || durationMinutes > DialogueRules.MEETING_MAX_MINUTES) {
            throw new ValidationException("meeting.error.duration", DialogueRules.MEETING_MIN_MINUTES,
                    DialogueRules.MEETING_MAX_MINUTES);
        }
        String place = location.strip();
        if (place.isEmpty() || place.length() > DialogueRules.LOCATION_MAX) {
            throw new ValidationException("meeting.error.location", DialogueRules.LOCATION_MAX);
        }
        MeetingSlot slot = slots.save(new MeetingSlot(dialogueId, startsAt, durationMinutes, place));
        if (d.isPublished()) {
            ledger.toAll(dialogueId, LedgerKind.MEETING_OFFERED,
                    Formats.stamp(startsAt, zone) + ", " + place);
        }
        audit.recordIn(d.getTenantId(), "meeting.offered", "MarketDialogue", dialogueId,
                FieldChange.set("slot", startsAt));
        return forBuyer(dialogueId);
    }

    @Transactional
    public List<SlotView> remove(long dialogueId, long slotId) {
        MarketDialogue d = access.asBuyer(dialogueId);
        MeetingSlot slot = slot(dialogueId, slotId);
        if (slot.getBookedBy() != null) {
            throw new ValidationException("meeting.error.booked");
        }
        slots.delete(slot);
        if (d.isPublished()) {
            ledger.toAll(dialogueId, LedgerKind.MEETING_CANCELLED, slot.getStartsAt() + ", " + slot.getLocation());
        }
        audit.recordIn(d.getTenantId(), "meeting.removed", "MarketDialogue", dialogueId,
                FieldChange.of("slot", slot.getStartsAt(), null));
        return forBuyer(dialogueId);
    }

    /** Every slot with who booked it and the minutes, for the buyer. */
    @Transactional(readOnly = true)
    public List<SlotView> forBuyer(long dialogueId) {
        DialogueAccess.Confidential confidential = access.asBuyerConfidential(dialogueId);
        Map<Long, String> names = supplierNames.byParticipant(dialogueId);
        return slots.findByDialogueIdOrderByStartsAt(dialogueId).stream()
                .filter(s -> !confidential.hides(s.getBookedBy())).map(s -> new SlotView(s.id(),
                s.getVersion(), s.getStartsAt(), s.getDurationMinutes(), s.getLocation(),
                s.getBookedBy() == null ? null : names.get(s.getBookedBy()), false,
                s.getBookedBy() == null, s.getMinutes(), s.getMinutesPublished(), s.getMinutesPublishedAt()))
                .toList();
    }

    /** For a supplier: its own booked slot, or the free future slots to choose from. Nothing about others. */
    @Transactional(readOnly = true)
    public List<SlotView> forSupplier(long dialogueId) {
        DialogueAccess.SupplierView view = access.asSupplier(dialogueId);
        Long mine = view.participant().map(DialogueParticipant::id).orElse(null);
        Instant now = clock.instant();
        return slots.findByDialogueIdOrderByStartsAt(dialogueId).stream()
                .filter(s -> Objects.equals(s.getBookedBy(), mine) && mine != null
                        || s.getBookedBy() == null && s.getStartsAt().isAfter(now))
                .map(s -> {
                    boolean own = mine != null && Objects.equals(s.getBookedBy(), mine);
                    // version 0: a changed version on a free slot would tell that someone booked and cancelled it
                    return new SlotView(s.id(), 0, s.getStartsAt(), s.getDurationMinutes(),
                            s.getLocation(), null, own, !own, own ? s.getMinutes() : null,
                            own ? s.getMinutesPublished() : null, own ? s.getMinutesPublishedAt() : null);
                })
                .toList();
    }

    /** Minutes published to all participants, without naming the supplier. */
    @Transactional(readOnly = true)
    public List<PublishedMinutes> publishedMinutes(long dialogueId) {
        access.asSupplier(dialogueId);
        return slots.findByDialogueIdOrderByStartsAt(dialogueId).stream()
                .filter(s -> s.getMinutesPublished() != null)
                .map(s -> new PublishedMinutes(Objects.requireNonNull(s.getMinutesPublished()),
                        Objects.requireNonNull(s.getMinutesPublishedAt())))
                .sorted(java.util.Comparator.comparing(PublishedMinutes::publishedAt))
                .toList();
    }

    /** Books a free slot for the supplier's tenant. Exactly one of two simultaneous bookings succeeds. */
    @Transactional
    public List<SlotView> book(long dialogueId, long slotId) {
        DialogueAccess.SupplierView view = access.asSupplier(dialogueId);
        DialogueParticipant p = view.participant()
                .orElseThrow(() -> new ValidationException("response.error.not-joined"));
        // a missing slot and a taken one get the same answer, so slot ids cannot be probed
        MeetingSlot slot = slots.findById(slotId).filter(s -> s.getDialogueId() == dialogueId)
                .orElseThrow(() -> new ValidationException("meeting.error.taken"));
        if (!slot.getStartsAt().isAfter(clock.instant())) {
            throw new ValidationException("meeting.error.past");
        }
        if (slots.findByDialogueIdAndBookedBy(dialogueId, p.id()).isPresent()) {
            throw new ValidationException("meeting.error.one-per-supplier");
        }
        try {
            if (slots.book(slotId, p.id(), clock.instant()) == 0) {
                throw new ValidationException("meeting.error.taken");
            }
        } catch (DataIntegrityViolationException sameSupplierTwice) {
            // two colleagues booking two slots at once: the unique key lets one through
            throw new ValidationException("meeting.error.one-per-supplier");
        }
        ledger.withOne(dialogueId, LedgerKind.MEETING_BOOKED, view.supplierTenantId(),
                slot.getStartsAt().toString());
        news.meeting(view.dialogue(), slotId, slot.getStartsAt(), view.supplierTenantId(), false);
        audit.recordIn(view.supplierTenantId(), "meeting.booked", "MarketDialogue", dialogueId,
                FieldChange.set("slot", slot.getStartsAt()));
        return forSupplier(dialogueId);
    }

    /**
     * The supplier's own booked meeting as an .ics file, in the reader's language; "not found" without a booking.
     * The UID names the slot and the booking participant, so it is the same each time and differs after a rebooking.
     */
    @Transactional(readOnly = true)
    public PreparedFile calendar(long dialogueId, Translator t) {
        DialogueAccess.SupplierView view = access.asSupplier(dialogueId);
        DialogueParticipant p = view.participant().orElseThrow(NotFoundException::new);
        MeetingSlot slot = slots.findByDialogueIdAndBookedBy(dialogueId, p.id()).orElseThrow(NotFoundException::new);
        TenantSummary buyer = tenants.tenant(view.dialogue().getTenantId()).orElseThrow(NotFoundException::new);
        String when = Formats.longDateTime(slot.getStartsAt(), buyer.timeZone(), t.locale()) + " ("
                + buyer.timeZone().getId() + ")";
        return PreparedFile.of(MeetingCalendar.ics(new MeetingCalendar.Event(
                "samspill-meeting-" + slot.id() + "-" + p.id() + "@samspill", clock.instant(), slot.getStartsAt(),
                slot.getDurationMinutes(), t.text("meeting.ics.summary", view.dialogue().getTitle(), buyer.name()),
                slot.getLocation(), t.text("meeting.ics.description", view.dialogue().getTitle(), buyer.name(), when,
                        slot.getDurationMinutes(), slot.getLocation()))));
    }

    /** Gives the supplier's slot back, until the meeting starts. */
    @Transactional
    public List<SlotView> cancelBooking(long dialogueId) {
        DialogueAccess.SupplierView view = access.asSupplier(dialogueId);
        DialogueParticipant p = view.participant().orElseThrow(NotFoundException::new);
        MeetingSlot slot = slots.findByDialogueIdAndBookedBy(dialogueId, p.id()).orElseThrow(NotFoundException::new);
        if (!slot.getStartsAt().isAfter(clock.instant())) {
            throw new ValidationException("meeting.error.past");
        }
        if (slot.getMinutes() != null || slot.getMinutesPublished() != null) {
            throw new ValidationException("meeting.error.has-minutes");
        }
        if (slots.release(slot.id(), p.id()) == 0) {
            throw new NotFoundException();
        }
        ledger.withOne(dialogueId, LedgerKind.MEETING_CANCELLED, view.supplierTenantId(),
                slot.getStartsAt().toString());
        news.meeting(view.dialogue(), slot.id(), slot.getStartsAt(), view.supplierTenantId(), true);
        audit.recordIn(view.supplierTenantId(), "meeting.cancelled", "MarketDialogue", dialogueId,
                FieldChange.of("slot", slot.getStartsAt(), null));
        return forSupplier(dialogueId);
    }

    /** Minutes of a held meeting, visible to the buyer and that supplier only. */
    @Transactional
    public List<SlotView> writeMinutes(long dialogueId, long slotId, long expectedVersion, String minutes) {
        MarketDialogue d = access.asBuyerConfidential(dialogueId).dialogue();
        MeetingSlot slot = bookedSlot(dialogueId, slotId, expectedVersion);
        write(d, slot, minutesText(minutes));
        return forBuyer(dialogueId);
    }

    /**
     * A redacted version of the minutes for all participants, logged in the ledger as shared with all. The private
     * minutes typed in the same dialog are saved with it, in one transaction: a refused redaction keeps neither.
     */
    @Transactional
    public List<SlotView> publishMinutes(long dialogueId, long slotId, long expectedVersion, String minutes,
            String redacted) {
        MarketDialogue d = access.asBuyerConfidential(dialogueId).dialogue();
        MeetingSlot slot = bookedSlot(dialogueId, slotId, expectedVersion);
        String privateText = minutesText(minutes);
        String text = minutesText(redacted);
        anonymity.requireNoSupplierNamed(dialogueId, text);
        if (!privateText.equals(slot.getMinutes())) {
            write(d, slot, privateText);
        }
        slot.publishMinutes(text, clock.instant());
        slots.flush();
        ledger.toAll(dialogueId, LedgerKind.MINUTES_PUBLISHED, text);
        news.minutesPublished(d, slotId);
        audit.recordIn(d.getTenantId(), "meeting.minutes-published", "MarketDialogue", dialogueId,
                FieldChange.set("slot", slot.getStartsAt()));
        return forBuyer(dialogueId);
    }

    private void write(MarketDialogue d, MeetingSlot slot, String text) {
        slot.writeMinutes(text);
        slots.flush();
        ledger.withOne(d.id(), LedgerKind.MINUTES_WRITTEN, supplierOf(slot), "");
        audit.recordIn(d.getTenantId(), "meeting.minutes-written", "MarketDialogue", d.id(),
                FieldChange.set("slot", slot.getStartsAt()));
    }

    private MeetingSlot slot(long dialogueId, long slotId) {
        return slots.findById(slotId).filter(s -> s.getDialogueId() == dialogueId)
                .orElseThrow(NotFoundException::new);
    }

    /** A booked meeting that has started: minutes are written about a meeting held, never ahead of it. */
    private MeetingSlot bookedSlot(long dialogueId, long slotId, long expectedVersion) {
        MeetingSlot slot = slot(dialogueId, slotId);
        slot.requireVersion(expectedVersion);
        if (slot.getBookedBy() == null) {
            throw new ValidationException("meeting.error.not-booked");
        }
        if (slot.getStartsAt().isAfter(clock.instant())) {
            throw new ValidationException("meeting.error.not-held");
        }
        return slot;
    }

    private long supplierOf(MeetingSlot slot) {
        return participants.findById(Objects.requireNonNull(slot.getBookedBy())).orElseThrow(NotFoundException::new)
                .getSupplierTenantId();
    }

    private static String minutesText(String text) {
        String clean = text.strip();
        if (clean.isEmpty() || clean.length() > DialogueRules.MINUTES_MAX) {
            throw new ValidationException("meeting.error.minutes", DialogueRules.MINUTES_MAX);
        }
        return clean;
    }
}
