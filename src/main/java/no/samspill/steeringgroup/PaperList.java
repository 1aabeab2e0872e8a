package no.samspill.steeringgroup;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.samspill.platform.OffsetLimit;
import no.samspill.platform.security.DeclarationRequiredException;
import no.samspill.platform.security.ImpartialityGate;
import no.samspill.procurement.ProjectOption;
import no.samspill.steeringgroup.domain.CasePaper;
import no.samspill.steeringgroup.domain.CasePaperRepository;
import no.samspill.steeringgroup.domain.PaperRow;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * A group's papers as its lists show them: a page at a time, read as rows without their texts, whether each is
 * decided in the same query, and the impartiality gate asked once for the page's projects. The caller has checked
 * access and names the page's projects.
 */
@Component
class PaperList {

    private final CasePaperRepository papers;
    private final ImpartialityGate gate;

    PaperList(CasePaperRepository papers, ImpartialityGate gate) {
        this.papers = papers;
        this.gate = gate;
    }

    /** The first page, counted only when it is full: a group with fewer papers holds just those. */
    PaperPage firstPage(SteeringAccess.Reader reader, List<PaperRow> rows, Map<Long, ProjectOption> refs) {
        long total = rows.size() < SteeringRules.PAPER_PAGE ? rows.size()
                : papers.countByGroupId(reader.group().id());
        return new PaperPage(summaries(reader, rows, refs), total);
    }

    /** A page of the group's papers as its reader may see them (the query leaves out what they may not). */
    List<PaperRow> rows(SteeringAccess.Reader reader, long offset, int limit) {
        return papers.pageOfGroup(reader.group().id(), reader.readsExempt(),
                OffsetLimit.of(offset, limit, Sort.unsorted()));
    }

    /** The projects of the rows the reader may see. */
    static Set<Long> projectIds(List<PaperRow> rows) {
        return rows.stream().map(PaperRow::projectId).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /** The papers as the list shows them; the impartiality gate is asked once for all their projects. */
    List<PaperSummary> summaries(SteeringAccess.Reader reader, List<PaperRow> rows, Map<Long, ProjectOption> refs) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, DeclarationRequiredException> shut = gate.refusals(projectIds(rows));
        return rows.stream().map(p -> summary(p, reader, p.projectId() == null ? null
                : Optional.ofNullable(refs.get(p.projectId())).map(ProjectOption::reference).orElse(null),
                shut)).toList();
    }

    /** A paper on an agenda, read as an entity there. */
    static PaperSummary summary(CasePaper p, SteeringAccess.Reader reader, boolean decided, @Nullable String ref,
            Map<Long, DeclarationRequiredException> shut) {
        return summary(new PaperRow(p.id(), p.getVersion(), p.getYear(), p.getSeq(), p.getTitle(), p.form().date(),
                p.isExempt(), p.getProjectId(), decided), reader, ref, shut);
    }

    /** A withheld paper tells only its number, a gated one also its project's reference (see PaperSummary). */
    static PaperSummary summary(PaperRow p, SteeringAccess.Reader reader, @Nullable String ref,
            Map<Long, DeclarationRequiredException> shut) {
        if (p.exempt() && !reader.readsExempt()) {
            return new PaperSummary(p.id(), p.version(), p.number(), null, null, true, true, null, false, false);
        }
        if (p.projectId() != null && shut.containsKey(p.projectId())) {
            return new PaperSummary(p.id(), p.version(), p.number(), null, null, p.exempt(), true, ref, false,
                    true);
        }
        return new PaperSummary(p.id(), p.version(), p.number(), p.title(), p.date(), p.exempt(), false, ref,
                p.decided(), false);
    }
}
