@NullMarked
package no.samspill.platform.db;

import org.jspecify.annotations.NullMarked;
