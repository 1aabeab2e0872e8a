/**
 * Action plans (handlingsplaner): items numbered A1.1, B2.1 …, with a status colour, a status text, an expected
 * month, a responsible, dependencies and a kept history; round-table conferences whose proposed actions become items;
 * and the PDF status report. Uses platform, tenancy, identity,
 * procurement and reporting.
 */
@ApplicationModule(allowedDependencies = {"platform", "tenancy :: directory", "identity", "identity :: directory",
        "procurement", "reporting"})
@NullMarked
package no.samspill.actionplan;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
