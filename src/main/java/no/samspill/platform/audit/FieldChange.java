package no.samspill.platform.audit;

import org.jspecify.annotations.Nullable;

/** One changed field in an audit entry. Long values are cut: the entry says that it changed, not the whole text. */
public record FieldChange(String field, @Nullable String oldValue, @Nullable String newValue) {

    public static final int MAX_VALUE_LENGTH = 200;

    public FieldChange {
        oldValue = cut(oldValue);
        newValue = cut(newValue);
    }

    public static FieldChange of(String field, @Nullable Object oldValue, @Nullable Object newValue) {
        return new FieldChange(field, oldValue == null ? null : oldValue.toString(),
                newValue == null ? null : newValue.toString());
    }

    public static FieldChange set(String field, @Nullable Object value) {
        return of(field, null, value);
    }

    public boolean changed() {
        return oldValue == null ? newValue != null : !oldValue.equals(newValue);
    }

    private static @Nullable String cut(@Nullable String value) {
        if (value == null || value.length() <= MAX_VALUE_LENGTH) {
            return value;
        }
        return value.substring(0, MAX_VALUE_LENGTH - 1) + "…";
    }
}
