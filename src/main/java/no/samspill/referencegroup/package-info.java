/**
 * Reference groups and product councils: mandate, members representing health trusts, and the check that every
 * affected health trust is represented. Uses platform, tenancy, identity and procurement.
 */
@ApplicationModule(allowedDependencies = {"platform", "tenancy", "identity", "procurement"})
@NullMarked
package no.samspill.referencegroup;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
