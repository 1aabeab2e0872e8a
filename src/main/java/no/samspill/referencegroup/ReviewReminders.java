package no.samspill.referencegroup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import no.samspill.referencegroup.domain.RefGroup;
import no.samspill.referencegroup.domain.RefGroupRepository;
import no.samspill.referencegroup.domain.ReviewCommentRepository;
import no.samspill.referencegroup.domain.ReviewDocument;
import no.samspill.referencegroup.domain.ReviewDocumentRepository;
import no.samspill.referencegroup.domain.ReviewSection;
import no.samspill.referencegroup.domain.ReviewSectionRepository;
import no.samspill.referencegroup.domain.ReviewVersionRepository;
import no.samspill.tenancy.TenantDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds the active members of a group who have not commented on the version under review that its window closes
 * in {@value #DAYS_BEFORE} days (in the group's tenant zone). Who still owes a comment is read when the job runs.
 * The job runs daily under a lock; the notices' dedupe key holds the close date, so each member is told once.
 */
@Component
class ReviewReminders {

    static final String LOCK = "review-window-reminders";
    static final int DAYS_BEFORE = 3;

    private final ReviewDocumentRepository documents;
    private final RefGroupRepository groups;
    private final ReviewVersionRepository versions;
    private final ReviewSectionRepository sections;
    private final ReviewCommentRepository comments;
    private final ReviewNews news;
    private final TenantDirectory tenants;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReviewReminders(ReviewDocumentRepository documents, RefGroupRepository groups, ReviewVersionRepository versions,
            ReviewSectionRepository sections, ReviewCommentRepository comments, ReviewNews news,
            TenantDirectory tenants, ApplicationEventPublisher events, PlatformTransactionManager transactionManager,
            Clock clock) {
        this.documents = documents;
        this.groups = groups;
        this.versions = versions;
        this.sections = sections;
        this.comments = comments;
        this.news = news;
        this.tenants = tenants;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(cron = "${samspill.reminders.review-cron:0 10 6 * * *}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT10M")
    public void remindOnSchedule() {
        remind();
    }

    /** One run at the clock's present; returns how many members were reminded (before the dedupe). */
    int remind() {
        Instant now = clock.instant();
        LocalDate utcToday = now.atZone(ZoneId.of("UTC")).toLocalDate();
        Integer reminded = transactions.execute(s -> documents
                .findByClosesOnBetween(utcToday.plusDays(DAYS_BEFORE - 1), utcToday.plusDays(DAYS_BEFORE + 1))
                .stream().mapToInt(d -> remind(d, now)).sum());
        return reminded == null ? 0 : reminded;
    }

    private int remind(ReviewDocument d, Instant now) {
        RefGroup group = groups.findById(d.getGroupId()).orElseThrow();
        ZoneId zone = tenants.zoneOf(group.getTenantId());
        LocalDate today = now.atZone(zone).toLocalDate();
        if (!d.getClosesOn().equals(today.plusDays(DAYS_BEFORE)) || today.isBefore(d.getOpensOn())) {
            return 0;
        }
        List<Long> current = versions.findByDocumentIdAndNumber(d.id(), d.getCurrentNumber())
                .map(v -> sections.findByVersionIdOrderByPosition(v.id()).stream().map(ReviewSection::id).toList())
                .orElse(List.of());
        List<Long> owing = news.activeMembers(group.id()).stream()
                .filter(user -> current.isEmpty()
                        || !comments.existsBySectionIdInAndAuthorIdAndParentIdIsNull(current, user))
                .toList();
        if (owing.isEmpty()) {
            return 0;
        }
        events.publishEvent(new ReviewEvents.WindowCloseNeared(group.getTenantId(), group.id(), d.id(), d.getTitle(),
                d.getClosesOn(), owing, now));
        return owing.size();
    }
}
