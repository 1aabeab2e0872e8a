package no.samspill.demo;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import no.samspill.platform.i18n.Language;
import no.samspill.platform.security.Role;
import no.samspill.tenancy.TenantKind;
import org.jspecify.annotations.Nullable;

/**
 * The demo tenants and users. Names of organisations come from shared/seeds (Helse Sør-Øst, Sykehusinnkjøp, the
 * Danish regions and the suppliers in the value-based procurement case collection); the people are invented.
 */
final class DemoData {

    /** Every demo user logs in with this password; it is listed in the README. */
    static final String PASSWORD = "samspill-demo";
    static final String PLATFORM_ADMIN = "plattform@samspill.demo";

    record DemoTenant(String code, String name, TenantKind kind, String country, ZoneId zone, Language language,
            List<String> units) {
    }

    record DemoUser(String email, String name, Language language, String tenantCode, Set<Role> roles,
            @Nullable String unit) {
    }

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    static final List<DemoTenant> TENANTS = List.of(
            new DemoTenant("helse-sor-ost", "Helse Sør-Øst RHF", TenantKind.REGION, "NO", OSLO, Language.NB, List.of(
                    "Oslo universitetssykehus HF", "Akershus universitetssykehus HF", "Sykehuset Innlandet HF",
                    "Sykehuset Østfold HF", "Vestre Viken HF", "Sykehuset i Vestfold HF", "Sykehuset Telemark HF",
                    "Sørlandet sykehus HF")),
            new DemoTenant("sykehusinnkjop", "Sykehusinnkjøp HF", TenantKind.PROCUREMENT_BODY, "NO", OSLO,
                    Language.NB, List.of()),
            new DemoTenant("region-midtjylland", "Region Midtjylland", TenantKind.REGION, "DK", COPENHAGEN,
                    Language.DA, List.of("Aarhus Universitetshospital", "Regionshospitalet Gødstrup",
                            "Regionshospitalet Randers", "Hospitalsenheden Horsens")),
            new DemoTenant("region-hovedstaden", "Region Hovedstaden", TenantKind.REGION, "DK", COPENHAGEN,
                    Language.DA, List.of("Rigshospitalet", "Herlev og Gentofte Hospital",
                            "Bispebjerg og Frederiksberg Hospital")),
            supplier("medtronic", "Medtronic"),
            supplier("ge-healthcare", "GE Healthcare"),
            supplier("siemens-healthineers", "Siemens Healthineers"),
            supplier("varian", "Varian Medical Systems"),
            supplier("brainlab", "Brainlab"));

    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin@helse-sorost.demo", "Ingrid Berg", Language.NB, "helse-sor-ost",
                    Set.of(Role.TENANT_ADMIN), null),
            new DemoUser("innkjop@helse-sorost.demo", "Lars Hansen", Language.NB, "helse-sor-ost",
                    Set.of(Role.PROCUREMENT_LEAD), null),
            new DemoUser("innkjop@helse-sorost.demo", "Lars Hansen", Language.NB, "sykehusinnkjop",
                    Set.of(Role.PROCUREMENT_LEAD), null),
            new DemoUser("klinikker@helse-sorost.demo", "Kari Nordmann", Language.NB, "helse-sor-ost",
                    Set.of(Role.MEMBER), "Oslo universitetssykehus HF"),
            new DemoUser("klinikker.ahus@helse-sorost.demo", "Jonas Lie", Language.NB, "helse-sor-ost",
                    Set.of(Role.MEMBER), "Akershus universitetssykehus HF"),
            new DemoUser("klinikker.innlandet@helse-sorost.demo", "Marit Bakken", Language.NB, "helse-sor-ost",
                    Set.of(Role.MEMBER), "Sykehuset Innlandet HF"),
            new DemoUser("klinikker.sshf@helse-sorost.demo", "Per Andersen", Language.NB, "helse-sor-ost",
                    Set.of(Role.MEMBER), "Sørlandet sykehus HF"),
            new DemoUser("admin@sykehusinnkjop.demo", "Ola Nilsen", Language.NB, "sykehusinnkjop",
                    Set.of(Role.TENANT_ADMIN, Role.PROCUREMENT_LEAD), null),
            new DemoUser("admin@midtjylland.demo", "Mette Jensen", Language.DA, "region-midtjylland",
                    Set.of(Role.TENANT_ADMIN), null),
            new DemoUser("indkob@midtjylland.demo", "Anders Sørensen", Language.DA, "region-midtjylland",
                    Set.of(Role.PROCUREMENT_LEAD), "Aarhus Universitetshospital"),
            new DemoUser("admin@medtronic.demo", "Anne Moe", Language.EN, "medtronic",
                    Set.of(Role.TENANT_ADMIN, Role.SUPPLIER_USER), null),
            new DemoUser("leverandor@medtronic.demo", "Erik Larsen", Language.NB, "medtronic",
                    Set.of(Role.SUPPLIER_USER), null),
            new DemoUser("leverandor@gehealthcare.demo", "Sofie Dahl", Language.NB, "ge-healthcare",
                    Set.of(Role.SUPPLIER_USER), null));

    private DemoData() {
    }

    private static DemoTenant supplier(String code, String name) {
        return new DemoTenant(code, name, TenantKind.SUPPLIER, "NO", OSLO, Language.NB, List.of());
    }
}
