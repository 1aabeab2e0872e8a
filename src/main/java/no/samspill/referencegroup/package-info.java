/**
 * Reference groups and product councils: mandate, members representing health trusts, and the check that every
 * affected health trust is represented; documents under review, comments and dispositions. Uses platform, tenancy,
 * identity, procurement and reporting.
 */
@ApplicationModule(allowedDependencies = {"platform", "tenancy", "tenancy :: directory", "identity",
        "identity :: directory", "procurement", "reporting"})
@NullMarked
package no.samspill.referencegroup;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
