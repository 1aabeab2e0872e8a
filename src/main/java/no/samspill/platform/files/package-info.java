/** What users may upload, checked once for every feature. */
@NullMarked
package no.samspill.platform.files;

import org.jspecify.annotations.NullMarked;
