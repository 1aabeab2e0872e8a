package no.samspill.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samspill.identity.InviteCommand;
import no.samspill.identity.PlatformAdminService;
import no.samspill.identity.SeededAccounts;
import no.samspill.platform.i18n.Language;
import no.samspill.platform.security.Role;
import no.samspill.platform.security.SystemActor;
import no.samspill.platform.security.TenantGrant;
import no.samspill.tenancy.NewTenant;
import no.samspill.tenancy.TenantService;
import no.samspill.tenancy.TenantSummary;
import no.samspill.tenancy.UnitKind;
import no.samspill.tenancy.UnitSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static no.samspill.platform.Lookups.present;

/**
 * Seeds the demo tenants, units, users and projects on start. Idempotent: each is looked up first, so a second
 * start adds nothing.
 */
@Component
@Profile("!prod")
@Order(10)
class DemoDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);
    private final TenantService tenants;
    private final SeededAccounts seeded;
    private final PlatformAdminService platformAdmins;
    private final DemoProjects projects;
    private final DemoDialogues dialogues;
    private final DemoActionPlan actionPlan;
    private final DemoGroups groups;
    private final DemoReviews reviews;
    private final DemoSteering steering;
    private final DemoKnowledgeBase knowledge;
    private final DemoPortfolio portfolio;
    private final DemoImpartiality impartiality;
    private final boolean enabled;

    /**
     * Demo users have a password printed in the README, so they are seeded on the embedded development database
     * only, unless SAMSPILL_DEMO_DATA=true asks for them explicitly on an external one.
     */
    DemoDataSeeder(TenantService tenants, SeededAccounts seeded, PlatformAdminService platformAdmins,
            DemoProjects projects, DemoDialogues dialogues, DemoActionPlan actionPlan,
            DemoGroups groups, DemoReviews reviews, DemoSteering steering, DemoKnowledgeBase knowledge,
            DemoPortfolio portfolio, DemoImpartiality impartiality,
            @Value("${samspill.demo-data:}") String demoData,
            @Value("${spring.datasource.url:}") String externalDatabase) {
        this.enabled = demoData.isBlank() ? externalDatabase.isBlank() : Boolean.parseBoolean(demoData);
        this.tenants = tenants;
        this.projects = projects;
        this.dialogues = dialogues;
        this.actionPlan = actionPlan;
        this.groups = groups;
        this.reviews = reviews;
        this.steering = steering;
        this.knowledge = knowledge;
        this.portfolio = portfolio;
        this.impartiality = impartiality;
        this.seeded = seeded;
        this.platformAdmins = platformAdmins;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            log.info("No demo data: an external database is configured (set SAMSPILL_DEMO_DATA=true to seed it)");
            return;
        }
        Map<String, TenantSummary> byCode = new HashMap<>();
        int[] created = {0};
        SystemActor.runAs(null, () -> {
            for (DemoData.DemoTenant t : DemoData.TENANTS) {
                byCode.put(t.code(), tenants.findByCode(t.code()).orElseGet(() -> {
                    created[0]++;
                    return tenants.create(new NewTenant(t.code(), t.name(), t.kind(), t.country(), t.zone(),
                            t.language().code()));
                }));
            }
            if (!platformAdmins.isReadyPlatformAdmin(DemoData.PLATFORM_ADMIN)) {
                seeded.ensurePlatformAdmin(DemoData.PLATFORM_ADMIN, "Siri Drift", Language.NB, DemoData.PASSWORD);
                created[0]++;
            }
        });
        for (DemoData.DemoTenant t : DemoData.TENANTS) {
            SystemActor.runAs(adminOf(present(byCode, t.code())), () -> seedUnits(t.units()));
        }
        for (DemoData.DemoUser u : DemoData.USERS) {
            TenantSummary tenant = present(byCode, u.tenantCode());
            created[0] += SystemActor.callAs(adminOf(tenant), () -> seedUser(u, tenant.id()));
        }
        for (DemoProjects.DemoProject p : DemoProjects.PROJECTS) {
            created[0] += SystemActor.callAs(adminOf(present(byCode, p.tenantCode())), () -> projects.seed(p));
        }
        TenantGrant hso = adminOf(present(byCode, "helse-sor-ost"));
        created[0] += dialogues.seed(new TenantGrant(hso.tenantId(), hso.tenantName(), hso.zone(),
                Set.of(Role.PROCUREMENT_LEAD), hso.buyer()), code -> present(byCode, code));
        created[0] += SystemActor.callAs(adminOf(present(byCode, "sykehusinnkjop")), actionPlan::seed);
        created[0] += SystemActor.callAs(new TenantGrant(hso.tenantId(), hso.tenantName(), hso.zone(),
                Set.of(Role.PROCUREMENT_LEAD), hso.buyer()), groups::seed);
        created[0] += reviews.seed(hso.tenantId());
        TenantGrant ski = adminOf(present(byCode, "sykehusinnkjop"));
        created[0] += SystemActor.callAs(new TenantGrant(ski.tenantId(), ski.tenantName(), ski.zone(),
                Set.of(Role.PROCUREMENT_LEAD), ski.buyer()), () -> groups.seedNational(hso.tenantId()));
        created[0] += steering.seed(ski.tenantId());
        created[0] += knowledge.seed(adminOf(present(byCode, "region-midtjylland")));
        created[0] += portfolio.seed(hso.tenantId(), ski.tenantId());
        created[0] += impartiality.seed(hso.tenantId());
        log.info("Demo data ready ({} new records)", created[0]);
        // one line an operator cannot miss: these accounts' password is printed in the public README
        log.warn("DEMO USERS ACTIVE: {} demo accounts log in with the published password from README.md; "
                + "never expose this portal publicly", DemoData.USERS.size() + 1);
    }

    private void seedUnits(List<String> names) {
        Set<String> existing = Set.copyOf(tenants.units().stream().map(UnitSummary::name).toList());
        names.stream().filter(n -> !existing.contains(n)).forEach(n -> tenants.addUnit(n, UnitKind.HEALTH_TRUST));
    }

    private int seedUser(DemoData.DemoUser u, long tenantId) {
        Long unitId = u.unit() == null ? null : tenants.units().stream().filter(x -> x.name().equals(u.unit()))
                .map(UnitSummary::id).findFirst().orElse(null);
        return seeded.ensureMember(tenantId,
                new InviteCommand(u.email(), u.name(), u.roles(), unitId, u.language()), DemoData.PASSWORD) ? 1 : 0;
    }

    private static TenantGrant adminOf(TenantSummary tenant) {
        return new TenantGrant(tenant.id(), tenant.name(), tenant.timeZone(), Set.of(Role.TENANT_ADMIN),
                tenant.kind().isBuyer());
    }
}
