package no.samspill.portfolio;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.Texts;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.time.TenantTime;
import no.samspill.portfolio.domain.TargetGoal;
import no.samspill.portfolio.domain.TargetGoalRepository;
import no.samspill.portfolio.domain.TargetVersion;
import no.samspill.portfolio.domain.TargetVersionRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versioned target picture: the board's office drafts a version (a copy of the adopted one), edits its tree and
 * adopts it; the adopted version before it is superseded and stays readable. Every edit names the version the editor
 * read, so a second secretary working on the same draft gets the concurrent-edit message instead of overwriting.
 */
@Service
public class TargetPictureService {

    private final PortfolioAccess access;
    private final TargetVersionRepository versions;
    private final TargetGoalRepository goals;
    private final AuditTrail audit;
    private final Clock clock;
    private final TenantTime time;

    TargetPictureService(PortfolioAccess access, TargetVersionRepository versions, TargetGoalRepository goals,
            AuditTrail audit, Clock clock, TenantTime time) {
        this.time = time;
        this.access = access;
        this.versions = versions;
        this.goals = goals;
        this.audit = audit;
        this.clock = clock;
    }

    /** The active tenant's zone, in which adoption times are shown. */
    @Transactional(readOnly = true)
    public java.time.ZoneId zone() {
        return time.zone();
    }

    @Transactional(readOnly = true)
    public List<TargetVersionRow> versions(long portfolioId) {
        access.read(portfolioId);
        return versions.findByPortfolioIdOrderByNumberDesc(portfolioId).stream().map(TargetPictureService::row)
                .toList();
    }

    @Transactional(readOnly = true)
    public TargetTree tree(long versionId) {
        TargetVersion version = versions.findById(versionId).orElseThrow(NotFoundException::new);
        PortfolioAccess.Standing standing = access.read(version.getPortfolioId());
        return tree(version, standing.manages());
    }

    /** The adopted version the portfolio steers by, or the newest draft while none is adopted yet. */
    @Transactional(readOnly = true)
    public Optional<TargetTree> current(long portfolioId) {
        PortfolioAccess.Standing standing = access.read(portfolioId);
        return currentVersion(portfolioId).map(v -> tree(v, standing.manages()));
    }

    Optional<TargetVersion> currentVersion(long portfolioId) {
        return versions.findFirstByPortfolioIdAndStateOrderByNumberDesc(portfolioId, TargetState.ADOPTED)
                .or(() -> versions.findByPortfolioIdOrderByNumberDesc(portfolioId).stream().findFirst());
    }

    /** A new draft, with the goals of the newest adopted version (same keys, so links to them hold). */
    @Transactional
    public TargetTree draft(long portfolioId, String title) {
        long tenant = access.manage(portfolioId).portfolio().getTenantId();
        String clean = Texts.clean(title, PortfolioRules.NAME_MIN, PortfolioRules.NAME_MAX, "portfolio.error.title");
        List<TargetVersion> all = versions.lockAll(portfolioId);
        if (all.stream().anyMatch(v -> v.getState() == TargetState.DRAFT)) {
            throw new ValidationException("portfolio.error.draft-exists");
        }
        int number = all.stream().mapToInt(TargetVersion::getNumber).max().orElse(0) + 1;
        TargetVersion draft = versions.save(new TargetVersion(portfolioId, number, clean, clock.instant()));
        all.stream().filter(v -> v.getState() == TargetState.ADOPTED).findFirst().ifPresent(adopted ->
                goals.saveAll(goals.findByVersionIdOrderByPositionAscIdAsc(adopted.id()).stream()
                        .map(g -> g.copyTo(draft.id())).toList()));
        audit.recordIn(tenant, "portfolio.target-drafted", "TargetVersion", draft.id(),
                FieldChange.set("title", clean), FieldChange.set("number", number));
        return tree(draft, true);
    }

    /** Adds an area (no parent), a goal (under an area) or a sub-goal (under a goal) to a draft. */
    @Transactional
    public TargetTree addGoal(long versionId, long expectedVersion, @Nullable String parentKey, String title,
            String description) {
        TargetVersion version = editable(versionId, expectedVersion);
        List<TargetGoal> tree = goals.findByVersionIdOrderByPositionAscIdAsc(versionId);
        GoalLevel level = GoalLevel.AREA;
        if (parentKey != null) {
            TargetGoal parent = tree.stream().filter(g -> g.getKey().equals(parentKey)).findFirst()
                    .orElseThrow(() -> new ValidationException("portfolio.error.parent"));
            level = switch (parent.getLevel()) {
                case AREA -> GoalLevel.GOAL;
                case GOAL -> GoalLevel.SUBGOAL;
                case SUBGOAL -> throw new ValidationException("portfolio.error.too-deep");
            };
        }
        String cleanTitle = Texts.clean(title, PortfolioRules.NAME_MIN, PortfolioRules.NAME_MAX,
                "portfolio.error.title");
        String cleanText = Texts.clean(description, 0, PortfolioRules.TEXT_MAX, "portfolio.error.description");
        goals.save(new TargetGoal(versionId, UUID.randomUUID().toString(), parentKey, level, tree.size(), cleanTitle,
                cleanText));
        versions.flush();
        audit.recordIn(tenant(version), "portfolio.goal-added", "TargetVersion", versionId,
                FieldChange.set("title", cleanTitle), FieldChange.set("level", level));
        return tree(version, true);
    }

    @Transactional
    public TargetTree changeGoal(long goalId, long expectedVersion, String title, String description) {
        TargetGoal goal = goals.findById(goalId).orElseThrow(NotFoundException::new);
        TargetVersion version = editable(goal.getVersionId(), expectedVersion);
        String before = goal.getTitle();
        String cleanTitle = Texts.clean(title, PortfolioRules.NAME_MIN, PortfolioRules.NAME_MAX,
                "portfolio.error.title");
        goal.change(cleanTitle, Texts.clean(description, 0, PortfolioRules.TEXT_MAX, "portfolio.error.description"));
        versions.flush();
        audit.recordIn(tenant(version), "portfolio.goal-changed", "TargetVersion", version.id(),
                FieldChange.of("title", before, cleanTitle));
        return tree(version, true);
    }

    /**
     * The board adopted the draft by its decision on the paper the draft was sent in (ADR 030): it becomes the
     * picture the portfolio steers by, and the one before is superseded. Only the board's decision calls this
     * ({@link BoardReferrals}); the decision's own access and audit stand behind it.
     */
    TargetTree adoptByBoard(long versionId, String boardName, String paperNumber) {
        TargetVersion version = versions.findById(versionId).orElseThrow(NotFoundException::new);
        if (goals.countByVersionId(versionId) == 0) {
            throw new ValidationException("portfolio.error.empty-target");
        }
        versions.findByPortfolioIdOrderByNumberDesc(version.getPortfolioId()).stream()
                .filter(v -> v.getState() == TargetState.ADOPTED).forEach(TargetVersion::supersede);
        version.adopt(boardName + " (" + paperNumber + ")", paperNumber, clock.instant());
        versions.flush();
        audit.recordIn(tenant(version), "portfolio.target-adopted", "TargetVersion", versionId,
                FieldChange.set("title", version.getTitle()), FieldChange.set("number", version.getNumber()),
                FieldChange.set("paper", paperNumber));
        return tree(version, false);
    }

    /** A draft the user runs, at the version they read; stamped, so the next editor's older copy is refused. */
    private TargetVersion editable(long versionId, long expectedVersion) {
        TargetVersion version = versions.findById(versionId).orElseThrow(NotFoundException::new);
        access.manage(version.getPortfolioId());
        version.requireVersion(expectedVersion);
        version.edit(clock.instant());
        return version;
    }

    private long tenant(TargetVersion version) {
        return access.read(version.getPortfolioId()).portfolio().getTenantId();
    }

    private TargetTree tree(TargetVersion version, boolean manages) {
        versions.flush();
        List<GoalNode> nodes = ordered(goals.findByVersionIdOrderByPositionAscIdAsc(version.id()));
        return new TargetTree(row(version), nodes, manages && version.getState() == TargetState.DRAFT);
    }

    /** Depth first: each area, then its goals, each followed by its sub-goals; siblings in the order added. */
    static List<GoalNode> ordered(List<TargetGoal> flat) {
        Map<String, List<TargetGoal>> byParent = flat.stream().collect(Collectors.groupingBy(
                g -> g.getParentKey() == null ? "" : g.getParentKey()));
        List<GoalNode> out = new ArrayList<>();
        walk("", byParent, out);
        return out;
    }

    private static void walk(String parent, Map<String, List<TargetGoal>> byParent, List<GoalNode> out) {
        for (TargetGoal g : byParent.getOrDefault(parent, List.of())) {
            out.add(new GoalNode(g.id(), g.getKey(), g.getParentKey(), g.getLevel(), g.getTitle(),
                    g.getDescription()));
            walk(g.getKey(), byParent, out);
        }
    }

    static TargetVersionRow row(TargetVersion v) {
        return new TargetVersionRow(v.id(), v.getVersion(), v.getNumber(), v.getTitle(), v.getState(),
                v.getAdoptedAt(), v.getAdoptedBy());
    }
}
