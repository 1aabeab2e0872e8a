@NullMarked
package no.samspill.knowledgebase.ui;

import org.jspecify.annotations.NullMarked;
