/**
 * Notifications, the only module that sends mail: an outbox stored in the caller's transaction and delivered over
 * SMTP after the commit, with retries, a lock across portal nodes, and an embedded SMTP server for development.
 * It listens to the features' events (today: steering-group membership) and reads addresses from identity and tenant names from tenancy.
 */
@ApplicationModule(allowedDependencies = {"platform", "identity", "tenancy", "steeringgroup"})
@NullMarked
package no.samspill.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
