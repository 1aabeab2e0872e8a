@NullMarked
package no.samspill.knowledgebase.search;

import org.jspecify.annotations.NullMarked;
