package no.samspill.tenancy;

import java.util.List;
import java.util.regex.Pattern;

/** Limits the domain enforces and the forms reuse. */
public final class TenantRules {

    public static final int NAME_MAX = 200;
    public static final int CODE_MAX = 60;
    public static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,59}");
    public static final List<String> COUNTRIES = List.of("NO", "DK", "SE", "FI", "IS");

    private TenantRules() {
    }
}
