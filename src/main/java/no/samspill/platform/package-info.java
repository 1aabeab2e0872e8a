/**
 * Shared platform: entity base classes, the access policy, the audit event, errors with message keys,
 * the embedded database for development, and small UI helpers. Holds no feature logic and uses no other module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, allowedDependencies = {})
@NullMarked
package no.samspill.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
