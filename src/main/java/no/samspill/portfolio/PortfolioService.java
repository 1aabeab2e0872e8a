package no.samspill.portfolio;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.samspill.platform.Lookups;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.i18n.Texts;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.portfolio.domain.Portfolio;
import no.samspill.portfolio.domain.PortfolioRepository;
import no.samspill.steeringgroup.BoardStanding;
import no.samspill.steeringgroup.BoardStandings;
import no.samspill.steeringgroup.GroupKind;
import no.samspill.tenancy.TenantDirectory;
import no.samspill.tenancy.TenantSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Portfolios: one per portfolio board, set up by the board's people, with the other regions' tenants invited. */
@Service
public class PortfolioService {

    private final PortfolioAccess access;
    private final PortfolioRepository portfolios;
    private final BoardStandings boards;
    private final TenantDirectory directory;
    private final AuditTrail audit;
    private final Clock clock;

    PortfolioService(PortfolioAccess access, PortfolioRepository portfolios, BoardStandings boards,
            TenantDirectory directory, AuditTrail audit, Clock clock) {
        this.access = access;
        this.portfolios = portfolios;
        this.boards = boards;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** The portfolio of a board of kind "portfolio board" that the current user sits on. */
    @Transactional
    public PortfolioDetails create(long boardId, String name) {
        long tenant = access.buyerTenant();
        BoardStanding board = boards.standing(boardId).filter(BoardStanding::sits)
                .orElseThrow(no.samspill.platform.i18n.NotFoundException::new);
        if (board.kind() != GroupKind.PORTFOLIO_BOARD) {
            throw new ValidationException("portfolio.error.not-a-board");
        }
        if (portfolios.existsByBoardId(boardId)) {
            throw new ValidationException("portfolio.error.board-has-portfolio");
        }
        String clean = Texts.clean(name, PortfolioRules.NAME_MIN, PortfolioRules.NAME_MAX, "portfolio.error.name");
        Portfolio portfolio = portfolios.save(new Portfolio(tenant, boardId, clean,
                PortfolioRules.DEFAULT_PERIOD_MONTHS, clock.instant()));
        audit.recordIn(tenant, "portfolio.created", "Portfolio", portfolio.id(), FieldChange.set("name", clean),
                FieldChange.set("board", board.name()));
        return details(portfolio.id());
    }

    @Transactional(readOnly = true)
    public List<PortfolioSummary> portfolios() {
        long tenant = access.buyerTenant();
        List<Portfolio> visible = portfolios.visibleTo(tenant);
        Map<Long, TenantSummary> owners = directory.summariesOf(visible.stream().map(Portfolio::getTenantId)
                .distinct().toList());
        List<PortfolioSummary> rows = new ArrayList<>();
        for (Portfolio p : visible) {
            // bounded: one board lookup per owned portfolio, and a tenant owns a handful of boards at most
            access.standing(p, tenant).ifPresent(s -> rows.add(new PortfolioSummary(p.id(), p.getName(),
                    p.getBoardId(), Optional.ofNullable(owners.get(p.getTenantId())).map(TenantSummary::name)
                    .orElse("–"), s.manages())));
        }
        return rows;
    }

    @Transactional(readOnly = true)
    public PortfolioDetails details(long portfolioId) {
        PortfolioAccess.Standing standing = access.read(portfolioId);
        Portfolio p = standing.portfolio();
        return new PortfolioDetails(p.id(), p.getVersion(), p.getName(), p.getBoardId(), p.getTenantId(),
                tenantNames(p), p.getPeriodMonths(), standing.tenantId(), standing.manages());
    }

    /** The board's status period (a tertial unless changed); reports already made keep the period they named. */
    @Transactional
    public PortfolioDetails changePeriod(long portfolioId, long expectedVersion, PeriodLength length) {
        Portfolio p = access.manage(portfolioId).portfolio();
        p.requireVersion(expectedVersion);
        PeriodLength before = PeriodLength.ofMonths(p.getPeriodMonths());
        p.changePeriod(length.months());
        portfolios.flush();
        audit.recordIn(p.getTenantId(), "portfolio.period-changed", "Portfolio", portfolioId,
                FieldChange.of("period", before, length));
        return details(portfolioId);
    }

    /** Invites another buyer tenant: its staff then read the portfolio, and own and report on initiatives. */
    @Transactional
    public PortfolioDetails inviteTenant(long portfolioId, long tenantId) {
        Portfolio p = access.manage(portfolioId).portfolio();
        TenantOption tenant = invitable(p).stream().filter(t -> t.id() == tenantId).findFirst()
                .orElseThrow(() -> new ValidationException("portfolio.error.tenant"));
        p.invite(tenantId);
        portfolios.flush();
        audit.recordIn(p.getTenantId(), "portfolio.tenant-invited", "Portfolio", portfolioId,
                FieldChange.set("tenant", tenant.name()));
        return details(portfolioId);
    }

    @Transactional(readOnly = true)
    public List<TenantOption> invitableTenants(long portfolioId) {
        return invitable(access.manage(portfolioId).portfolio());
    }

    private List<TenantOption> invitable(Portfolio p) {
        Set<Long> invited = p.getInvited();
        return directory.buyers().stream().filter(t -> t.id() != p.getTenantId() && !invited.contains(t.id()))
                .map(t -> new TenantOption(t.id(), t.name())).toList();
    }

    /** The owner first, then the invited tenants by name. */
    List<TenantOption> tenantNames(Portfolio p) {
        List<Long> ids = new ArrayList<>(List.of(p.getTenantId()));
        p.getInvited().stream().sorted().forEach(ids::add);
        Map<Long, TenantSummary> found = directory.summariesOf(ids);
        return ids.stream().filter(found::containsKey)
                .map(id -> new TenantOption(id, Lookups.present(found, id).name())).toList();
    }
}
