package no.samspill.platform.security;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
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

    /**
     * What {@link #requireCleared(long)} would refuse with, without throwing: for a page that shows several projects'
     * material (a steering agenda, a group's meetings) and leaves out only what the person may not see. A throw from
     * a transactional bean would mark the caller's whole transaction for rollback.
     */
    Optional<DeclarationRequiredException> refusal(long projectId);

    /**
     * The refusals for several projects at once, by project id (absent: cleared): a page listing many projects'
     * papers pays one query for which of them have a register, and reads clearances only for those.
     */
    Map<Long, DeclarationRequiredException> refusals(Collection<Long> projectIds);
}
