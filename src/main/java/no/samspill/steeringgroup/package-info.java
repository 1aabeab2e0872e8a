/**
 * Steering groups: mandate, members, the projects they oversee and the decisions those need before a phase; meetings
 * with an agenda of case papers, decisions, and the archived PDF package for each meeting. Uses platform, tenancy,
 * identity, procurement, reporting and actionplan (the plans a group oversees).
 */
@ApplicationModule(allowedDependencies = {"platform", "tenancy", "tenancy :: directory", "identity",
        "identity :: directory", "procurement", "reporting", "actionplan"})
@NullMarked
package no.samspill.steeringgroup;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
