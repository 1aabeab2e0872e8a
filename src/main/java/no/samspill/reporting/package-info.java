/**
 * The Jasper engine only: compile each template once, fill it with rows a feature prepared, export PDF.
 * Templates live in the top-level reports/ folder, one folder per feature. Uses no other module.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package no.samspill.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
