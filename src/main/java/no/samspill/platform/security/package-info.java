@NullMarked
package no.samspill.platform.security;

import org.jspecify.annotations.NullMarked;
