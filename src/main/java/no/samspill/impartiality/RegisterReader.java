package no.samspill.impartiality;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samspill.identity.PeopleDirectory;
import no.samspill.impartiality.domain.DeclarationAnswerRepository;
import no.samspill.impartiality.domain.Declaration;
import no.samspill.impartiality.domain.DeclarationAnswer;
import no.samspill.impartiality.domain.DeclarationRepository;
import no.samspill.impartiality.domain.SupplierRepository;
import no.samspill.impartiality.domain.TemplateRepository;
import no.samspill.marketdialogue.SupplierRef;
import no.samspill.procurement.ProjectSummary;
import org.springframework.stereotype.Component;

/**
 * Builds a project's register rows in a fixed number of queries whatever its size: the roster, the declarations,
 * their answers, the project's suppliers and the names, each read once. Declarations of people who left stay in.
 */
@Component
class RegisterReader {

    private final Roster roster;
    private final Deciders deciders;
    private final DeclarationRepository declarations;
    private final DeclarationAnswerRepository answers;
    private final SupplierRepository suppliers;
    private final TemplateRepository templates;
    private final PeopleDirectory people;

    RegisterReader(Roster roster, Deciders deciders, DeclarationRepository declarations,
            DeclarationAnswerRepository answers, SupplierRepository suppliers, TemplateRepository templates,
            PeopleDirectory people) {
        this.roster = roster;
        this.deciders = deciders;
        this.declarations = declarations;
        this.answers = answers;
        this.suppliers = suppliers;
        this.templates = templates;
        this.people = people;
    }

    List<RegisterRow> rows(ProjectSummary project, long tenantId, long viewerId) {
        Map<Long, List<RosterEntry>> who = new LinkedHashMap<>(roster.of(project));
        List<Declaration> list = declarations.findByProjectIdOrderByUserName(project.id());
        Map<Long, Declaration> byUser = new HashMap<>();
        for (Declaration d : list) {
            byUser.put(d.getUserId(), d);
            // someone the lead added, or who declared of their own accord, or who has left the project's groups
            who.computeIfAbsent(d.getUserId(), k -> new ArrayList<>(List.of(new RosterEntry(
                    d.isExternal() ? RosterEntry.EXTERNAL : d.getAddedBy() == null ? RosterEntry.SELF
                            : RosterEntry.ADDED, null))));
        }
        Set<Long> projectSuppliers = new HashSet<>();
        suppliers.findByProjectIdOrderBySupplierName(project.id())
                .forEach(s -> projectSuppliers.add(s.getSupplierTenantId()));
        Map<Long, List<DeclarationAnswer>> byDeclaration = new HashMap<>();
        if (!list.isEmpty()) {
            answers.findByDeclarationIdIn(list.stream().map(Declaration::id).toList())
                    .forEach(a -> byDeclaration.computeIfAbsent(a.getDeclarationId(), k -> new ArrayList<>()).add(a));
        }
        Map<Long, Integer> numbers = new HashMap<>();
        templates.findAllById(list.stream().map(Declaration::getTemplateId).filter(java.util.Objects::nonNull)
                .distinct().toList()).forEach(t -> numbers.put(t.id(), t.getNumber()));
        Map<Long, String> names = names(who.keySet());
        Set<Long> decidersOfLead = project.leadUserId() == null ? Set.of()
                : deciders.of(project, tenantId, project.leadUserId());
        // 0 is nobody's id: the deciders on anyone but the lead
        Set<Long> decidersOfOthers = deciders.of(project, tenantId, 0L);
        List<RegisterRow> rows = new ArrayList<>();
        for (Map.Entry<Long, List<RosterEntry>> e : who.entrySet()) {
            long userId = e.getKey();
            Declaration d = byUser.get(userId);
            String name = names.getOrDefault(userId, d == null ? "?" : d.getUserName());
            if (d == null) {
                rows.add(new RegisterRow(userId, name, e.getValue(), DeclarationStatus.MISSING, null, 0, null, null,
                        null, null, null, List.of(), false));
                continue;
            }
            List<DeclarationAnswer> given = byDeclaration.getOrDefault(d.id(), List.of());
            Set<Long> covered = new HashSet<>();
            given.forEach(a -> covered.add(a.getSupplierTenantId()));
            long uncovered = projectSuppliers.stream().filter(s -> !covered.contains(s)).count();
            boolean isLead = project.leadUserId() != null && project.leadUserId() == userId;
            boolean canDecide = d.isSigned() && d.hasTies() && userId != viewerId
                    && (isLead ? decidersOfLead : decidersOfOthers).contains(viewerId);
            rows.add(new RegisterRow(userId, name, e.getValue(), Deciders.status(d, uncovered), d.id(),
                    d.getVersion(), d.getSignedAt(), d.getTemplateId() == null ? null : numbers.get(d.getTemplateId()),
                    d.getDecision(), d.getDecisionReason(), d.getDecidedBy(),
                    given.stream().filter(DeclarationAnswer::isTie)
                            .map(a -> new SupplierRef(a.getSupplierTenantId(), a.getSupplierName())).toList(),
                    canDecide));
        }
        rows.sort(java.util.Comparator.comparing(RegisterRow::name));
        return rows;
    }

    private Map<Long, String> names(Collection<Long> userIds) {
        return userIds.isEmpty() ? Map.of() : people.names(userIds);
    }
}
