/**
 * Demo data for development and evaluation: real tenant names from the seed documents and one user per role.
 * Active in every profile except prod, and it goes through the same services (and audit) as a user would.
 */
@ApplicationModule(allowedDependencies = {"platform", "tenancy", "identity", "procurement", "marketdialogue",
        "actionplan", "referencegroup", "steeringgroup", "knowledgebase", "portfolio", "impartiality"})
@NullMarked
package no.samspill.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
