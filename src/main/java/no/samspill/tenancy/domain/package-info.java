@NullMarked
package no.samspill.tenancy.domain;

import org.jspecify.annotations.NullMarked;
