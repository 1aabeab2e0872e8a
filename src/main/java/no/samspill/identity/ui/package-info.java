@NullMarked
package no.samspill.identity.ui;

import org.jspecify.annotations.NullMarked;
