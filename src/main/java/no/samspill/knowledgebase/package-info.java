/**
 * The shared knowledge base of value-based procurement cases: cases contributed by buyer tenants and read by every
 * logged-in user once published, the import of the regions' case collection, and full-text search with facets.
 * Uses platform and the tenancy directory (to link a named company to its supplier tenant).
 */
@ApplicationModule(allowedDependencies = {"platform", "tenancy :: directory"})
@NullMarked
package no.samspill.knowledgebase;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
