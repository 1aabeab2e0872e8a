package no.samspill.tenancy;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.samspill.platform.SearchPatterns;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.i18n.Language;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.security.Role;
import no.samspill.tenancy.domain.OrgUnit;
import no.samspill.tenancy.domain.OrgUnitRepository;
import no.samspill.tenancy.domain.Tenant;
import no.samspill.tenancy.domain.TenantRepository;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and reading tenants and their units. */
@Service
public class TenantService {

    private final TenantRepository tenants;
    private final OrgUnitRepository units;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Clock clock;

    TenantService(TenantRepository tenants, OrgUnitRepository units, AccessPolicy access, AuditTrail audit,
            Clock clock) {
        this.tenants = tenants;
        this.units = units;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Platform admins create tenants; the new tenant's first admin is invited afterwards. */
    @Transactional
    public TenantSummary create(NewTenant cmd) {
        access.requirePlatformAdmin();
        String code = cmd.code().strip();
        String name = cmd.name().strip();
        if (!TenantRules.CODE.matcher(code).matches()) {
            throw new ValidationException("tenant.error.code");
        }
        if (name.length() < 2 || name.length() > TenantRules.NAME_MAX) {
            throw new ValidationException("tenant.error.name", TenantRules.NAME_MAX);
        }
        if (!TenantRules.COUNTRIES.contains(cmd.country())) {
            throw new ValidationException("tenant.error.country");
        }
        if (Language.ofCode(cmd.defaultLanguage()).isEmpty()) {
            throw new ValidationException("tenant.error.language");
        }
        if (tenants.existsByCode(code)) {
            throw new ValidationException("tenant.error.code-taken", code);
        }
        if (tenants.existsByNameIgnoreCase(name)) {
            throw new ValidationException("tenant.error.name-taken", name);
        }
        Tenant tenant = tenants.save(new Tenant(code, name, cmd.kind(), cmd.country(), cmd.timeZone(),
                cmd.defaultLanguage(), clock.instant()));
        audit.recordIn(tenant.id(), "tenant.created", "Tenant", tenant.id(), FieldChange.set("code", code),
                FieldChange.set("name", name), FieldChange.set("kind", cmd.kind()));
        return tenant.toSummary();
    }

    @Transactional(readOnly = true)
    public List<TenantSummary> search(String search) {
        access.requirePlatformAdmin();
        return tenants.search(SearchPatterns.contains(search)).stream().map(Tenant::toSummary).toList();
    }

    @Transactional(readOnly = true)
    public Optional<TenantSummary> findByCode(String code) {
        access.requirePlatformAdmin();
        return tenants.findByCode(code).map(Tenant::toSummary);
    }

    /** The tenant the user acts in. */
    @Transactional(readOnly = true)
    public TenantSummary activeTenant() {
        long tenantId = access.requireActiveTenant();
        return tenants.findById(tenantId).map(Tenant::toSummary).orElseThrow(NotFoundException::new);
    }

    /** The tenant the user acts in, or empty for someone who acts in none (a platform admin). */
    @Transactional(readOnly = true)
    public Optional<TenantSummary> activeTenantIfAny() {
        return access.current().active().flatMap(g -> tenants.findById(g.tenantId())).map(Tenant::toSummary);
    }

    /** Units (health trusts, hospitals) of the active tenant. */
    @Transactional(readOnly = true)
    public List<UnitSummary> units() {
        long tenantId = access.requireActiveTenant();
        return units.findByTenantIdOrderByName(tenantId).stream().map(OrgUnit::toSummary).toList();
    }

    /** The active tenant's units among these ids, by id (others' are left out): a list names its units in one query. */
    @Transactional(readOnly = true)
    public Map<Long, UnitSummary> unitsById(Collection<Long> ids) {
        long tenantId = access.requireActiveTenant();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return units.findByTenantIdAndIdIn(tenantId, ids).stream().map(OrgUnit::toSummary)
                .collect(Collectors.toMap(UnitSummary::id, u -> u));
    }

    /**
     * The first units of the active tenant by name, and how many there are: a region may have a thousand, and a
     * glance names a few. The count is asked only when there are more than shown.
     */
    @Transactional(readOnly = true)
    public UnitGlance unitGlance(int shown) {
        long tenantId = access.requireActiveTenant();
        List<UnitSummary> first = units.findByTenantIdOrderByName(tenantId, Limit.of(shown + 1)).stream()
                .map(OrgUnit::toSummary).toList();
        return first.size() > shown ? new UnitGlance(first.subList(0, shown), units.countByTenantId(tenantId))
                : new UnitGlance(first, first.size());
    }

    @Transactional
    public UnitSummary addUnit(String name, UnitKind kind) {
        long tenantId = access.requireAnyRole(Role.TENANT_ADMIN);
        String clean = name.strip();
        if (clean.length() < 2 || clean.length() > TenantRules.NAME_MAX) {
            throw new ValidationException("tenant.error.unit-name", TenantRules.NAME_MAX);
        }
        if (units.existsByTenantIdAndNameIgnoreCase(tenantId, clean)) {
            throw new ValidationException("tenant.error.unit-taken", clean);
        }
        OrgUnit unit = units.save(new OrgUnit(tenantId, clean, kind));
        audit.recordIn(tenantId, "unit.created", "OrgUnit", unit.id(), FieldChange.set("name", clean),
                FieldChange.set("kind", kind));
        return unit.toSummary();
    }
}
