@NullMarked
package no.samspill.identity.domain;

import org.jspecify.annotations.NullMarked;
