package no.samspill.portfolio;

import java.time.LocalDate;
import java.util.UUID;
import no.samspill.platform.Mandate;
import no.samspill.steeringgroup.GroupKind;
import no.samspill.steeringgroup.SteeringGroupDetails;
import no.samspill.steeringgroup.SteeringGroupService;
import no.samspill.steeringgroup.SteeringRole;
import no.samspill.support.TestUsers;
import no.samspill.tenancy.TenantDirectory;
import org.springframework.stereotype.Component;

/**
 * A portfolio for one test: a portfolio board of Helse Sør-Øst (its admin sits on it, Lars Hansen is the secretary,
 * the portfolio office), with Sykehusinnkjøp invited and Region Midtjylland not.
 */
@Component
class PortfolioFixture {

    static final String OWNER_ADMIN = TestUsers.HSO_ADMIN;
    static final String SECRETARY = TestUsers.HSO_LEAD;
    static final String INVITED = TestUsers.SKI_ADMIN;
    static final String OTHER = TestUsers.RM_ADMIN;
    static final String SUPPLIER = TestUsers.MEDTRONIC_USER;
    static final String OWNER_TENANT = "Helse Sør-Øst RHF";

    private final TestUsers users;
    private final SteeringGroupService groups;
    private final PortfolioService portfolios;
    private final TenantDirectory directory;

    PortfolioFixture(TestUsers users, SteeringGroupService groups, PortfolioService portfolios,
            TenantDirectory directory) {
        this.users = users;
        this.groups = groups;
        this.portfolios = portfolios;
        this.directory = directory;
    }

    record Made(long portfolioId, long boardId, long ownerTenant, long invitedTenant) {
    }

    Made portfolio() {
        users.login(OWNER_ADMIN);
        SteeringGroupDetails board = groups.create("Porteføljestyre " + UUID.randomUUID(), new Mandate("Styre etter"
                + " felles målbilde", "AD-møtet", "AD-møtet", null, LocalDate.of(2024, 1, 1),
                LocalDate.of(2030, 12, 31)), GroupKind.PORTFOLIO_BOARD);
        long lars = groups.memberOptions().stream().filter(c -> c.email().equals(SECRETARY)).findFirst()
                .orElseThrow().userId();
        groups.addMember(board.id(), lars, SteeringRole.SECRETARY, LocalDate.of(2024, 1, 1));
        PortfolioDetails p = portfolios.create(board.id(), "Mobil kommunikasjon " + UUID.randomUUID());
        long ski = tenant("Sykehusinnkjøp HF");
        portfolios.inviteTenant(p.id(), ski);
        TestUsers.logout();
        return new Made(p.id(), board.id(), p.ownerTenantId(), ski);
    }

    /** A running initiative of 2026–2027 with a budget, owned by the given tenant. */
    static InitiativeForm form(String name, long owner) {
        return new InitiativeForm(name, owner, null, "Kontakt", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31),
                new java.math.BigDecimal("1000000"), InitiativePhase.RUNNING);
    }

    long tenant(String name) {
        return directory.buyers().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().id();
    }
}
