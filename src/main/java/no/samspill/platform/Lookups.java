package no.samspill.platform;

import java.util.Map;

/**
 * Lookups in a map that the caller built itself to hold the key (names of the tenants just read for these rows, the
 * sections of this version). A missing key there is a bug in our code, not something a user did, so it fails at once
 * with the key in the message instead of a bare NullPointerException further on.
 */
public final class Lookups {

    private Lookups() {
    }

    /**
     * The value for a key the map is known to hold.
     *
     * @throws IllegalStateException if it does not hold it after all
     */
    public static <K, V> V present(Map<K, V> map, K key) {
        V value = map.get(key);
        if (value == null) {
            throw new IllegalStateException("No value for " + key + " in a map built to hold it");
        }
        return value;
    }
}
