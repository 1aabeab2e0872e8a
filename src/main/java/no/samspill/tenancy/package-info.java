/**
 * Tenants (regions, national procurement bodies, suppliers) and their units such as health trusts.
 * Uses only the platform module.
 */
@ApplicationModule(allowedDependencies = "platform")
@NullMarked
package no.samspill.tenancy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
