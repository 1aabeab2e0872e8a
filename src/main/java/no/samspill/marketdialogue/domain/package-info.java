@NullMarked
package no.samspill.marketdialogue.domain;

import org.jspecify.annotations.NullMarked;
