package no.samspill.procurement;

import org.jspecify.annotations.Nullable;

/** Filters of the project list; null means any. */
public record ProjectFilter(String search, @Nullable Phase phase, @Nullable Category category) {

    public static final ProjectFilter ALL = new ProjectFilter("", null, null);
}
