@NullMarked
package no.samspill.referencegroup.ui;

import org.jspecify.annotations.NullMarked;
