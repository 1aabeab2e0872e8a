@NullMarked
package no.samspill.platform.i18n;

import org.jspecify.annotations.NullMarked;
