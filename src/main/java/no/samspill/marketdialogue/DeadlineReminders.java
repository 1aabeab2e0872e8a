package no.samspill.marketdialogue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import no.samspill.marketdialogue.domain.DialogueParticipant;
import no.samspill.marketdialogue.domain.DialogueRepository;
import no.samspill.marketdialogue.domain.LedgerEntry;
import no.samspill.marketdialogue.domain.LedgerRepository;
import no.samspill.marketdialogue.domain.MarketDialogue;
import no.samspill.marketdialogue.domain.ParticipantRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds the participants of a dialogue that have not submitted, 7 and 2 days before its deadline and on the day
 * (in the buyer's zone). Who owes a response is read when the job runs, so a supplier that submitted is skipped.
 * Every reminded supplier gets the same text; the ledger records each step once, with the number of suppliers
 * reminded (the ledger is the buyer's, but a count is all equal treatment needs). The job runs hourly on every node
 * under a lock; a step already in the ledger is not sent again, and the notices' dedupe key holds the step too.
 */
@Component
class DeadlineReminders {

    static final String LOCK = "dialogue-deadline-reminders";
    static final List<Integer> STEPS = List.of(7, 2, 0);
    static final String ACTOR = "Samspill";

    private final DialogueRepository dialogues;
    private final ParticipantRepository participants;
    private final LedgerRepository ledger;
    private final DialogueNews news;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DeadlineReminders(DialogueRepository dialogues, ParticipantRepository participants, LedgerRepository ledger,
            DialogueNews news, ApplicationEventPublisher events, PlatformTransactionManager transactionManager,
            Clock clock) {
        this.dialogues = dialogues;
        this.participants = participants;
        this.ledger = ledger;
        this.news = news;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(cron = "${samspill.reminders.dialogue-cron:0 5 * * * *}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT10M")
    public void remindOnSchedule() {
        remind();
    }

    /** One run at the clock's present; returns how many dialogues were reminded of. */
    int remind() {
        Instant now = clock.instant();
        // a day of slack on both sides covers every tenant's zone
        List<Long> candidates = transactions.execute(s -> dialogues.findByStatusAndDeadlineBetween(
                DialogueStatus.PUBLISHED, now, now.plus(Duration.ofDays(STEPS.getFirst() + 2))).stream()
                .map(MarketDialogue::id).toList());
        int reminded = 0;
        for (long id : candidates == null ? List.<Long>of() : candidates) {
            Boolean sent = transactions.execute(s -> remind(id, now));
            if (Boolean.TRUE.equals(sent)) {
                reminded++;
            }
        }
        return reminded;
    }

    private boolean remind(long dialogueId, Instant now) {
        MarketDialogue d = dialogues.findById(dialogueId).orElseThrow();
        if (!d.isOpenFor(now)) {
            return false;
        }
        ZoneId zone = news.zone(d.getTenantId());
        LocalDate deadlineDate = d.getDeadline().atZone(zone).toLocalDate();
        long daysLeft = ChronoUnit.DAYS.between(now.atZone(zone).toLocalDate(), deadlineDate);
        if (!STEPS.contains((int) daysLeft)) {
            return false;
        }
        String step = "T-" + daysLeft;
        String key = step + " " + deadlineDate;
        if (ledger.existsByDialogueIdAndKindAndSummaryStartingWith(dialogueId, LedgerKind.DEADLINE_REMINDER,
                key + ":")) {
            return false;
        }
        List<Long> owing = participants.findByDialogueId(dialogueId).stream()
                .filter(p -> p.getStatus() != ParticipantStatus.SUBMITTED)
                .map(DialogueParticipant::getSupplierTenantId).sorted().toList();
        if (owing.isEmpty()) {
            return false;
        }
        ledger.save(new LedgerEntry(dialogueId, now, LedgerKind.DEADLINE_REMINDER, null, true,
                key + ": " + owing.size(), ACTOR));
        events.publishEvent(new DialogueEvents.DeadlineStepReached(d.getTenantId(), dialogueId, d.getTitle(), step,
                deadlineDate, news.format(d, d.getDeadline()), owing, now));
        return true;
    }
}
