@NullMarked
package no.samspill.platform.ui;

import org.jspecify.annotations.NullMarked;
