package no.samspill.notifications;

/** A test-only event for {@link EventRegistryTest}: it goes through the event publication registry like a feature's. */
public record RegistryProbe(String id) {
}
