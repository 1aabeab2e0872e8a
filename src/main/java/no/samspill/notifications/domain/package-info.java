@NullMarked
package no.samspill.notifications.domain;

import org.jspecify.annotations.NullMarked;
