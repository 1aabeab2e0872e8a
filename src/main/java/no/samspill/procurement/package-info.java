/**
 * Procurement projects of a buyer tenant: reference, category, lead, the health trusts concerned, and the phase
 * from needs analysis to contract management, with gates that other modules may hold. Uses platform, tenancy and
 * identity (its directory names the projects' leads).
 */
@ApplicationModule(allowedDependencies = {"platform", "tenancy", "identity", "identity :: directory"})
@NullMarked
package no.samspill.procurement;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
