package no.samspill.impartiality;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.samspill.impartiality.domain.RegisterRepository;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.procurement.ProjectFacts;
import no.samspill.procurement.ProjectService;
import no.samspill.procurement.ProjectSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's section in case papers and steering packages: each person's name and status, never the answers,
 * the tied suppliers or the reasons. Nothing for a project without a register.
 */
@Component
class ImpartialityFacts implements ProjectFacts {

    private final RegisterRepository registers;
    private final RegisterReader reader;
    private final ProjectService projects;
    private final AccessPolicy access;

    ImpartialityFacts(RegisterRepository registers, RegisterReader reader, ProjectService projects,
            AccessPolicy access) {
        this.registers = registers;
        this.reader = reader;
        this.projects = projects;
        this.access = access;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    @Transactional(readOnly = true)
    public Facts facts(long projectId, @Nullable Instant since) {
        if (!registers.existsByProjectId(projectId)) {
            return Facts.NONE;
        }
        ProjectSummary project = projects.get(projectId);
        List<Fact> out = new ArrayList<>();
        for (RegisterRow row : reader.rows(project, access.current().tenantId(), 0L)) {
            out.add(new Fact("facts.impartiality." + row.status().name(), List.of(row.name())));
        }
        return new Facts(out, List.of());
    }
}
