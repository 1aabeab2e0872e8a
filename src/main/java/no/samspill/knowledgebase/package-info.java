/**
 * The shared knowledge base of value-based procurement cases: cases contributed by buyer tenants and read by every
 * logged-in user once published, the import of the regions' case collection, and full-text search with facets.
 * Uses platform, the tenancy directory (to link a named company to its supplier tenant) and procurement (the
 * project page's "Similar cases" tab) and reporting (the case sheet PDF).
 */
@ApplicationModule(allowedDependencies = {"platform", "tenancy :: directory", "procurement", "reporting"})
@NullMarked
package no.samspill.knowledgebase;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
