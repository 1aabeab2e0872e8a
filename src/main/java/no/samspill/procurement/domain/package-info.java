@NullMarked
package no.samspill.procurement.domain;

import org.jspecify.annotations.NullMarked;
