package no.samspill.identity;

import java.util.List;
import no.samspill.platform.i18n.Language;
import no.samspill.platform.security.TenantGrant;
import org.jspecify.annotations.Nullable;

/** The logged-in user's own account: what the header and the dashboard show. */
public record AccountSummary(String email, String displayName, Language language, boolean platformAdmin,
        @Nullable TenantGrant activeTenant, List<TenantGrant> grants, boolean activeTenantIsBuyer) {

    public AccountSummary {
        grants = List.copyOf(grants);
    }
}
