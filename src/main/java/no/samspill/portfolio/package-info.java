/**
 * Portfolio management against a shared target picture (seed 003): a portfolio board (a steering group of its own
 * kind), its versioned target picture, initiatives across tenants with goal links, status per period, checkpoints
 * and dependencies, and the coverage, status and roadmap views. Uses platform, tenancy, identity, procurement (the
 * linked projects), steeringgroup (the board) and reporting (the roadmap's PDF).
 */
@ApplicationModule(allowedDependencies = {"platform", "tenancy", "tenancy :: directory", "identity",
        "identity :: directory", "procurement", "steeringgroup", "reporting"})
@NullMarked
package no.samspill.portfolio;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
