/**
 * Steering groups: mandate, members, the projects they oversee and the decisions those need before a phase; meetings
 * with an agenda of case papers, decisions, and the archived PDF package for each meeting. Uses platform, tenancy,
 * identity, procurement and reporting.
 */
@ApplicationModule(allowedDependencies = {"platform", "tenancy", "identity", "procurement", "reporting"})
@NullMarked
package no.samspill.steeringgroup;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
