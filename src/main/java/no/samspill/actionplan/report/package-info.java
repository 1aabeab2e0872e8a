@NullMarked
package no.samspill.actionplan.report;

import org.jspecify.annotations.NullMarked;
