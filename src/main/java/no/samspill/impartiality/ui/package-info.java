@NullMarked
package no.samspill.impartiality.ui;

import org.jspecify.annotations.NullMarked;
