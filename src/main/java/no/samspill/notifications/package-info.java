/**
 * Notifications, the only module that sends mail: an outbox stored in the caller's transaction and delivered over
 * SMTP after the commit, with retries, a lock across portal nodes, and an embedded SMTP server for development.
 * It listens to the features' events (market dialogues, reviews, steering groups, action plans) and turns them into
 * notices for the people the feature granted the object to; it reads people from identity and tenants from tenancy.
 * Notices (the bell, the notification centre) reach each user as they chose per category: by mail at once, in a
 * daily digest, or in the portal only, with one-click unsubscribe (docs/decisions/012-notices-and-events.md).
 * Account mails (invitations, offers, resets) are queued in the transaction that issued their link.
 */
@ApplicationModule(allowedDependencies = {"platform", "identity", "identity :: directory", "tenancy :: directory",
        "steeringgroup", "marketdialogue", "referencegroup", "actionplan", "impartiality"})
@NullMarked
package no.samspill.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
