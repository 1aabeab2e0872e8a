@NullMarked
package no.samspill.knowledgebase.domain;

import org.jspecify.annotations.NullMarked;
