/**
 * Notifications, the only module that sends mail: an outbox stored in the caller's transaction and delivered over
 * SMTP after the commit, with retries, a lock across portal nodes, and an embedded SMTP server for development.
 * It listens to the features' events (market dialogues, reviews, steering groups, action plans) and turns them into
 * notices for the people the feature granted the object to; it reads people from identity and tenants from tenancy.
 */
@ApplicationModule(allowedDependencies = {"platform", "identity", "tenancy", "steeringgroup", "marketdialogue",
        "referencegroup", "actionplan"})
@NullMarked
package no.samspill.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
