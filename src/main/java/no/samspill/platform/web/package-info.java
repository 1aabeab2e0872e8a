@NullMarked
package no.samspill.platform.web;

import org.jspecify.annotations.NullMarked;
