@NullMarked
package no.samspill.audit.ui;

import org.jspecify.annotations.NullMarked;
