@NullMarked
package no.samspill.steeringgroup.ui;

import org.jspecify.annotations.NullMarked;
