@NullMarked
package no.samspill.portfolio.domain;

import org.jspecify.annotations.NullMarked;
