/**
 * Market dialogue before a tender: the buyer's questionnaire, invited or open participation, each supplier
 * tenant's one shared response, and the ledger that documents equal treatment. A supplier only ever sees its own
 * response. Uses platform, tenancy, identity, procurement and reporting (the receipt's PDF).
 */
@ApplicationModule(allowedDependencies = {"platform", "tenancy :: directory", "identity", "procurement", "reporting"})
@NullMarked
package no.samspill.marketdialogue;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
