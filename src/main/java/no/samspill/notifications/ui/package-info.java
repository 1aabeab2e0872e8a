@NullMarked
package no.samspill.notifications.ui;

import org.jspecify.annotations.NullMarked;
