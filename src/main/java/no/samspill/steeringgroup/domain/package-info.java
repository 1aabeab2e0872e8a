@NullMarked
package no.samspill.steeringgroup.domain;

import org.jspecify.annotations.NullMarked;
