@NullMarked
package no.samspill.audit.domain;

import org.jspecify.annotations.NullMarked;
