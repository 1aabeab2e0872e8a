package no.samspill.steeringgroup.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.ResourceBundle;
import no.samspill.platform.i18n.SamspillI18NProvider;
import no.samspill.tenancy.TenantKind;
import no.samspill.tenancy.TenantSummary;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A Danish region is offered Danish statutes for an exempt paper, in every language of the page. */
class StatutesTest {

    @Test
    void the_tenants_country_chooses_the_statutes_and_its_language_stands_in_for_an_unknown_country() {
        assertThat(Statutes.of(tenant("DK", "da")).country()).isEqualTo("DK");
        assertThat(Statutes.of(tenant("NO", "nb")).country()).isEqualTo("NO");
        assertThat(Statutes.of(tenant("SE", "da")).country()).isEqualTo("DK");
        assertThat(Statutes.of(tenant("SE", "en")).country()).isEqualTo("NO");
    }

    @Test
    void each_language_offers_the_countrys_own_statute() {
        for (String lang : new String[] {"nb", "da", "en"}) {
            ResourceBundle bundle = ResourceBundle.getBundle(SamspillI18NProvider.BUNDLE, Locale.of(lang));
            assertThat(bundle.getString("steering.paper.statutes.DK")).as(lang).startsWith("offentlighedsloven §")
                    .doesNotContain("offentleglova");
            assertThat(bundle.getString("steering.paper.statutes.NO")).as(lang).startsWith("offentleglova §");
        }
    }

    private static TenantSummary tenant(String country, String language) {
        return new TenantSummary(1, "T", "Tenant", TenantKind.REGION, country, ZoneId.of("Europe/Copenhagen"),
                language, Instant.EPOCH);
    }
}
