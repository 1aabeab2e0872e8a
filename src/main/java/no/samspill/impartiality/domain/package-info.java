@NullMarked
package no.samspill.impartiality.domain;

import org.jspecify.annotations.NullMarked;
