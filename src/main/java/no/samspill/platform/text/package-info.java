/** Text shared by features: Markdown rendered safely. */
@NullMarked
package no.samspill.platform.text;

import org.jspecify.annotations.NullMarked;
