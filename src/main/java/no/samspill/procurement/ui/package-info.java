@NullMarked
package no.samspill.procurement.ui;

import org.jspecify.annotations.NullMarked;
