/**
 * Notifications, the only module that sends mail: an outbox stored in the caller's transaction and delivered over
 * SMTP after the commit, with retries, a lock across portal nodes, and an embedded SMTP server for development.
 * Uses only the platform module.
 */
@ApplicationModule(allowedDependencies = "platform")
@NullMarked
package no.samspill.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
