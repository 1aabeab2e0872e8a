package no.samspill.portfolio;

import java.util.List;

/** One portfolio for its page: the owner and invited tenants by name (owner first), and what the reader may do. */
public record PortfolioDetails(long id, long version, String name, long boardId, long ownerTenantId,
        List<TenantOption> tenants, int periodMonths, long readerTenantId, boolean manages) {

    public PortfolioDetails {
        tenants = List.copyOf(tenants);
    }
}
