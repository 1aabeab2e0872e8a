@NullMarked
package no.samspill.tenancy.ui;

import org.jspecify.annotations.NullMarked;
