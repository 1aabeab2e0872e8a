@NullMarked
package no.samspill.portfolio.ui;

import org.jspecify.annotations.NullMarked;
