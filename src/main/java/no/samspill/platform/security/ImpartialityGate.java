package no.samspill.platform.security;

import java.util.Set;

/**
 * The one check every feature asks before it serves a procurement project's confidential material (dialogue answers
 * and the matrix, clarification questions, meeting minutes, documents under review, case papers). Implemented by the
 * impartiality module, which knows the declarations; the features only know this interface, so they need not depend
 * on it (as with {@link MembershipDirectory}). See docs/decisions/021-the-impartiality-gate.md.
 */
public interface ImpartialityGate {

    /**
     * Nothing for a supplier or the system; for a buyer-side person on a project whose register is open, throws
     * {@link DeclarationRequiredException} until their declaration is complete, or when they were disqualified.
     *
     * @return the supplier tenants whose material the person must not see (disqualified for those suppliers only, or a
     *         declared tie not yet decided); empty when they may see everything of the project
     */
    Set<Long> requireCleared(long projectId);
}
