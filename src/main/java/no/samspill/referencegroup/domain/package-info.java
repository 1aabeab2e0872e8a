@NullMarked
package no.samspill.referencegroup.domain;

import org.jspecify.annotations.NullMarked;
