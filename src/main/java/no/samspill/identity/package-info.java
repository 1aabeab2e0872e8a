/**
 * Users, login and its throttling, memberships with roles, invitations with one-time links, the current account
 * and tenant switching. Uses the platform and tenancy modules.
 */
@ApplicationModule(allowedDependencies = {"platform", "tenancy", "tenancy :: directory"})
@NullMarked
package no.samspill.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
