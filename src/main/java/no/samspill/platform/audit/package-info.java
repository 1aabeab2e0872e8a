@NullMarked
package no.samspill.platform.audit;

import org.jspecify.annotations.NullMarked;
