@NullMarked
package no.samspill.platform.time;

import org.jspecify.annotations.NullMarked;
