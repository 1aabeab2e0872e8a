/**
 * Notifications, the only module that sends mail: an outbox stored in the caller's transaction and delivered over
 * SMTP after the commit, with retries, a lock across portal nodes, and an embedded SMTP server for development.
 * Notices (the bell, the notification centre) reach each user as they chose per category: by mail at once, in a
 * daily digest, or in the portal only, with one-click unsubscribe (docs/decisions/012-notices-and-events.md).
 * It listens to the features' events and reads addresses from identity and tenant names from tenancy.
 */
@ApplicationModule(allowedDependencies = {"platform", "identity", "tenancy", "steeringgroup"})
@NullMarked
package no.samspill.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
