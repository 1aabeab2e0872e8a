package no.samspill.portfolio;

import no.samspill.platform.i18n.ForbiddenException;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.security.CurrentUser;
import no.samspill.platform.security.Roles;
import no.samspill.portfolio.domain.Initiative;
import no.samspill.portfolio.domain.Portfolio;
import no.samspill.portfolio.domain.PortfolioRepository;
import no.samspill.steeringgroup.BoardStanding;
import no.samspill.steeringgroup.BoardStandings;
import org.springframework.stereotype.Component;

/**
 * Who may see and run a portfolio, decided once for its services. In the owner tenant, the board's admins and active
 * members (the secretary is the portfolio office) run it; staff of an invited tenant read it and report on their own
 * initiatives. Everyone else, suppliers included, gets "not found". The steering group module has no invitation of
 * other tenants, so the invitation lives here, at the portfolio (ADR 027).
 */
@Component
class PortfolioAccess {

    private final AccessPolicy access;
    private final PortfolioRepository portfolios;
    private final BoardStandings boards;

    PortfolioAccess(AccessPolicy access, PortfolioRepository portfolios, BoardStandings boards) {
        this.access = access;
        this.portfolios = portfolios;
        this.boards = boards;
    }

    /** The reader's standing: the portfolio, the tenant they act from, and whether they run it. */
    record Standing(Portfolio portfolio, long tenantId, boolean manages) {

        boolean owns(Initiative initiative) {
            return initiative.getOwnerTenantId() == tenantId;
        }
    }

    Standing read(long portfolioId) {
        long tenant = access.requireBuyerToSee(Roles.STAFF);
        Portfolio portfolio = portfolios.findById(portfolioId).orElseThrow(NotFoundException::new);
        return standing(portfolio, tenant).orElseThrow(NotFoundException::new);
    }

    /** As {@link #read}, for a portfolio already loaded (the list); empty where the reader has no standing. */
    java.util.Optional<Standing> standing(Portfolio portfolio, long tenant) {
        if (portfolio.getTenantId() == tenant) {
            // the owner tenant's staff read the portfolio only as the board's people: its papers can be exempt
            return boards.standing(portfolio.getBoardId()).filter(BoardStanding::sits)
                    .map(b -> new Standing(portfolio, tenant, true));
        }
        return portfolio.getInvited().contains(tenant)
                ? java.util.Optional.of(new Standing(portfolio, tenant, false)) : java.util.Optional.empty();
    }

    Standing manage(long portfolioId) {
        Standing standing = read(portfolioId);
        if (!standing.manages()) {
            throw new ForbiddenException();
        }
        return standing;
    }

    /** The owner tenant reports on its own initiatives only; the board's office does not report for others. */
    Standing reportOn(Initiative initiative) {
        Standing standing = read(initiative.getPortfolioId());
        if (!standing.owns(initiative)) {
            throw new ValidationException("portfolio.error.own-initiatives-only");
        }
        return standing;
    }

    /** Checkpoints are kept by the board's office and by the initiative's owner. */
    Standing keep(Initiative initiative) {
        Standing standing = read(initiative.getPortfolioId());
        if (!standing.manages() && !standing.owns(initiative)) {
            throw new ForbiddenException();
        }
        return standing;
    }

    long buyerTenant() {
        return access.requireBuyer(Roles.STAFF);
    }

    CurrentUser current() {
        return access.current();
    }
}
