package no.samspill.platform;

import java.util.Locale;

/** LIKE patterns from what users type: wildcards in the input are matched literally, not as wildcards. */
public final class SearchPatterns {

    private SearchPatterns() {
    }

    /** "%text%" in lower case, for {@code lower(column) like :pattern}. */
    public static String contains(String search) {
        return "%" + search.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
    }
}
