package no.samspill.tenancy;

import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.samspill.platform.OffsetLimit;
import no.samspill.platform.SearchPatterns;
import no.samspill.tenancy.domain.OrgUnit;
import no.samspill.tenancy.domain.OrgUnitRepository;
import no.samspill.tenancy.domain.Tenant;
import no.samspill.tenancy.domain.TenantRepository;
import org.springframework.data.domain.Sort;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lookups without an access check, for code that cannot or must not go through the current user's access: the
 * identity module while it builds a user's own grants (the access policy itself depends on them), the gates that
 * decide access (for example {@code DialogueAccess}, {@code SteeringAccess}), scheduled reminders and mails that run
 * without a user, and services that name another tenant the user may already see (a supplier's or group member's
 * tenant). Never hand its answers to a view unfiltered. A module that uses it says so with
 * {@code "tenancy :: directory"} in its allowed dependencies (the records it returns come with it).
 */
@NamedInterface("directory")
@Component
public class TenantDirectory {

    private static final ZoneId FALLBACK_ZONE = ZoneId.of("Europe/Oslo");

    private final TenantRepository tenants;
    private final OrgUnitRepository units;

    TenantDirectory(TenantRepository tenants, OrgUnitRepository units) {
        this.tenants = tenants;
        this.units = units;
    }

    @Transactional(readOnly = true)
    public Map<Long, TenantSummary> summariesOf(Collection<Long> tenantIds) {
        return tenants.findByIdInOrderByName(tenantIds).stream()
                .collect(Collectors.toMap(Tenant::id, Tenant::toSummary));
    }

    /**
     * A page of the supplier tenants whose name holds the text, by name, for a buyer choosing whom to invite (the
     * caller checks that it is a buyer): there are thousands, so the picker asks page by page as the user types.
     */
    @Transactional(readOnly = true)
    public List<TenantSummary> suppliers(String search, long offset, int limit) {
        return tenants.findKindPage(TenantKind.SUPPLIER, SearchPatterns.contains(search),
                OffsetLimit.of(offset, limit, Sort.unsorted())).stream().map(Tenant::toSummary).toList();
    }

    @Transactional(readOnly = true)
    public long countSuppliers(String search) {
        return tenants.countKind(TenantKind.SUPPLIER, SearchPatterns.contains(search));
    }

    /** Every buyer tenant (regions and procurement bodies), for a group inviting others (the caller checks). */
    @Transactional(readOnly = true)
    public List<TenantSummary> buyers() {
        // chosen in the query: the suppliers, many thousands, are never loaded to be filtered out
        return tenants.findByKindInOrderByName(java.util.Arrays.stream(TenantKind.values()).filter(TenantKind::isBuyer)
                .toList()).stream().map(Tenant::toSummary).toList();
    }

    @Transactional(readOnly = true)
    public Optional<TenantSummary> tenant(long tenantId) {
        return tenants.findById(tenantId).map(Tenant::toSummary);
    }

    /**
     * The tenant's time zone, in which its deadlines, meetings and months are meant; Oslo for a tenant that is
     * gone (its objects are being cleaned up, and any zone does).
     */
    @Transactional(readOnly = true)
    public ZoneId zoneOf(long tenantId) {
        return tenant(tenantId).map(TenantSummary::timeZone).orElse(FALLBACK_ZONE);
    }

    /** The unit, only when it belongs to the given tenant. */
    @Transactional(readOnly = true)
    public Optional<UnitSummary> unitOf(long tenantId, long unitId) {
        return units.findByIdAndTenantId(unitId, tenantId).map(OrgUnit::toSummary);
    }

    @Transactional(readOnly = true)
    public List<UnitSummary> units(long tenantId) {
        return units.findByTenantIdOrderByName(tenantId).stream().map(OrgUnit::toSummary).toList();
    }

    /** The units of several tenants in one statement, by tenant (each list by name); a tenant without units is left out. */
    @Transactional(readOnly = true)
    public Map<Long, List<UnitSummary>> unitsOf(Collection<Long> tenantIds) {
        if (tenantIds.isEmpty()) {
            return Map.of();
        }
        return units.findByTenantIdInOrderByName(tenantIds).stream().map(OrgUnit::toSummary)
                .collect(Collectors.groupingBy(UnitSummary::tenantId));
    }

    @Transactional(readOnly = true)
    public Map<Long, String> unitNames(long tenantId) {
        return units.findByTenantIdOrderByName(tenantId).stream()
                .collect(Collectors.toMap(OrgUnit::id, u -> u.toSummary().name()));
    }
}
