package no.samspill.impartiality;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import no.samspill.impartiality.domain.ImpartialityRegister;
import no.samspill.impartiality.domain.RegisterRepository;
import no.samspill.platform.security.Role;
import no.samspill.platform.security.SystemActor;
import no.samspill.platform.security.TenantGrant;
import no.samspill.procurement.ProjectService;
import no.samspill.procurement.ProjectSummary;
import no.samspill.tenancy.TenantDirectory;
import no.samspill.tenancy.TenantSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds everyone whose declaration for a project with an open register is missing or incomplete. Who is owing is
 * read when the job runs, so those who declared in between get nothing. The job runs daily under a lock; the
 * reminder's period is the ISO week, and the notices' dedupe key holds it, so a person hears at most once a week per
 * project, whether from the job or from the lead's "remind those missing".
 */
@Component
class DeclarationReminders {

    static final String LOCK = "impartiality-reminders";
    private static final Set<DeclarationStatus> OWING = Set.of(DeclarationStatus.MISSING,
            DeclarationStatus.INCOMPLETE);

    private final RegisterRepository registers;
    private final ProjectService projects;
    private final RegisterReader reader;
    private final TenantDirectory tenants;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DeclarationReminders(RegisterRepository registers, ProjectService projects, RegisterReader reader,
            TenantDirectory tenants, ApplicationEventPublisher events, PlatformTransactionManager transactionManager,
            Clock clock) {
        this.registers = registers;
        this.projects = projects;
        this.reader = reader;
        this.tenants = tenants;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(cron = "${samspill.reminders.impartiality-cron:0 20 6 * * *}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT10M")
    public void remindOnSchedule() {
        remind();
    }

    /** One run at the clock's present; returns how many people were reminded (before the weekly dedupe). */
    int remind() {
        List<ImpartialityRegister> open = transactions.execute(s -> registers.findAll());
        int reminded = 0;
        for (ImpartialityRegister r : open == null ? List.<ImpartialityRegister>of() : open) {
            TenantGrant system = system(r.getTenantId());
            // as the system in the project's tenant, through the same services a lead's reading goes through
            Integer n = SystemActor.callAs(system, () -> transactions.execute(s -> remind(r.getTenantId(),
                    projects.get(r.getProjectId()))));
            reminded += n == null ? 0 : n;
        }
        return reminded;
    }

    /** Reminds the project's owing people now (the job, or the lead's button, in the caller's transaction). */
    int remind(long tenantId, ProjectSummary project) {
        List<Long> owing = reader.rows(project, tenantId, 0L).stream().filter(row -> OWING.contains(row.status()))
                .map(RegisterRow::userId).toList();
        if (!owing.isEmpty()) {
            Instant now = clock.instant();
            events.publishEvent(new ImpartialityEvents.DeclarationsReminded(tenantId, project.id(),
                    project.reference(), owing, period(now), now));
        }
        return owing.size();
    }

    /** The ISO week of the moment, in UTC: one reminder per person, project and week. */
    static String period(Instant at) {
        var day = at.atZone(ZoneOffset.UTC);
        return day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    private TenantGrant system(long tenantId) {
        String name = tenants.tenant(tenantId).map(TenantSummary::name).orElse("");
        return new TenantGrant(tenantId, name, tenants.zoneOf(tenantId), Set.of(Role.TENANT_ADMIN), true);
    }
}
