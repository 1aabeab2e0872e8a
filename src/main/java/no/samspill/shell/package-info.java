/**
 * The frame around every view: main layout with side navigation built from @Menu, header with tenant and
 * language switchers and the user menu, the "My work" dashboard assembled from features' DashboardCards, and
 * error views. Uses the platform and identity modules only; features plug in, the shell never imports them.
 */
@ApplicationModule(allowedDependencies = {"platform", "identity"})
@NullMarked
package no.samspill.shell;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
