@NullMarked
package no.samspill.actionplan.ui;

import org.jspecify.annotations.NullMarked;
