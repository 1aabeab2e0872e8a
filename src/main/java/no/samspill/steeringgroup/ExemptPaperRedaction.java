package no.samspill.steeringgroup;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.samspill.platform.audit.AuditRedaction;
import no.samspill.steeringgroup.domain.CasePaper;
import no.samspill.steeringgroup.domain.CasePaperRepository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.stereotype.Component;

import static no.samspill.platform.Lookups.present;

/**
 * The audit log asks at each read which entries are about a paper exempt now: an entry written while the paper was
 * open holds its title and proposal, and every tenant admin reads the log.
 */
@Component
class ExemptPaperRedaction implements AuditRedaction {

    private final CasePaperRepository papers;

    ExemptPaperRedaction(CasePaperRepository papers) {
        this.papers = papers;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> redact(List<Entry> entries) {
        List<Entry> about = entries.stream().filter(e -> e.entityType().equals("CasePaper"))
                .filter(e -> e.entityId().matches("\\d{1,18}")).toList();
        if (about.isEmpty()) {
            return Map.of();
        }
        Map<String, String> exempt = papers.findExempt(about.stream().map(e -> Long.valueOf(e.entityId()))
                        .distinct().toList()).stream()
                .collect(Collectors.toMap(p -> String.valueOf(p.id()), CasePaper::number));
        return about.stream().filter(e -> exempt.containsKey(e.entityId())).collect(Collectors.toMap(Entry::id,
                e -> PaperAudit.scrub(e.changes(), present(exempt, e.entityId()))));
    }
}
