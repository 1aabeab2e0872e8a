package no.samspill.actionplan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import no.samspill.actionplan.domain.ActionItem;
import no.samspill.actionplan.domain.ActionItemRepository;
import no.samspill.actionplan.domain.ActionPlanRepository;
import no.samspill.tenancy.TenantDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds an item's responsible, in the last {@value #DAYS_BEFORE_MONTH_END} days of its expected month, that the
 * month is ending, and once in the following month when it has passed with the item not done. What is owed is read when the job
 * runs: an item done, or moved to a later month, is skipped. It runs daily under a lock; the notices' dedupe key
 * holds the expected month, so each reminder reaches its responsible once.
 */
@Component
class ItemReminders {

    static final String LOCK = "action-item-reminders";
    static final int DAYS_BEFORE_MONTH_END = 3;

    private final ActionItemRepository items;
    private final ActionPlanRepository plans;
    private final ItemNews news;
    private final TenantDirectory tenants;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ItemReminders(ActionItemRepository items, ActionPlanRepository plans, ItemNews news, TenantDirectory tenants,
            ApplicationEventPublisher events, PlatformTransactionManager transactionManager, Clock clock) {
        this.items = items;
        this.plans = plans;
        this.news = news;
        this.tenants = tenants;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(cron = "${samspill.reminders.action-cron:0 20 6 * * *}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT10M")
    public void remindOnSchedule() {
        remind();
    }

    /** One run at the clock's present; returns how many reminders were published (before the dedupe). */
    int remind() {
        Instant now = clock.instant();
        Integer sent = transactions.execute(s -> {
            Map<Long, Long> tenantOfPlan = new HashMap<>();
            int count = 0;
            // one day of slack covers every tenant's zone; each item is then judged in its own tenant's zone
            YearMonth utcMonth = YearMonth.from(now.atZone(ZoneId.of("UTC")));
            for (ActionItem item : items.openExpectedBetween(utcMonth.minusMonths(2).atDay(1),
                    utcMonth.plusMonths(1).atDay(1))) {
                long tenantId = tenantOfPlan.computeIfAbsent(item.getPlanId(),
                        id -> plans.findById(id).orElseThrow().getTenantId());
                if (remind(tenantId, item, now)) {
                    count++;
                }
            }
            return count;
        });
        return sent == null ? 0 : sent;
    }

    private boolean remind(long tenantId, ActionItem item, Instant now) {
        ZoneId zone = tenants.zoneOf(tenantId);
        LocalDate today = now.atZone(zone).toLocalDate();
        YearMonth expected = YearMonth.from(Objects.requireNonNull(item.getExpectedMonth()));
        YearMonth current = YearMonth.from(today);
        // overdue is told in the month after the expected one: once, and not again every day for old items
        boolean overdue = expected.equals(current.minusMonths(1));
        boolean ending = expected.equals(current)
                && !today.isBefore(current.atEndOfMonth().minusDays(DAYS_BEFORE_MONTH_END - 1));
        if (!overdue && !ending) {
            return false;
        }
        return news.responsible(tenantId, item.getResponsible()).map(userId -> {
            events.publishEvent(new ActionItemEvents.MonthEndReached(tenantId, item.getPlanId(), item.id(),
                    item.number().toString(), item.getTitle(), expected.toString(), userId, overdue, now));
            return true;
        }).orElse(false);
    }
}
