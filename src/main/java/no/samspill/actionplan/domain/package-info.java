@NullMarked
package no.samspill.actionplan.domain;

import org.jspecify.annotations.NullMarked;
