/**
 * Samspill's root: the Spring Boot application only; every feature is a module in a sub-package.
 */
@NullMarked
package no.samspill;

import org.jspecify.annotations.NullMarked;
