@NullMarked
package no.samspill.marketdialogue.ui;

import org.jspecify.annotations.NullMarked;
