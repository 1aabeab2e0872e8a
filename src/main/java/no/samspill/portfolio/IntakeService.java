package no.samspill.portfolio;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import no.samspill.platform.Lookups;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.i18n.ConcurrentEditException;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.Texts;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.portfolio.domain.BoardReferral;
import no.samspill.portfolio.domain.BoardReferralRepository;
import no.samspill.portfolio.domain.Criteria;
import no.samspill.portfolio.domain.CriteriaRepository;
import no.samspill.portfolio.domain.CriterionValues;
import no.samspill.portfolio.domain.Initiative;
import no.samspill.portfolio.domain.InitiativeMerge;
import no.samspill.portfolio.domain.InitiativeMergeRepository;
import no.samspill.portfolio.domain.InitiativeRepository;
import no.samspill.portfolio.domain.Score;
import no.samspill.portfolio.domain.ScoreRepository;
import no.samspill.tenancy.TenantDirectory;
import no.samspill.tenancy.TenantSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intake and prioritisation: an owner tenant proposes an initiative, the board's office scores it on the board's
 * weighted criteria, and the proposals are ranked by weighted score with the mandatory ones (a legal or safety duty)
 * first whatever their score. Merging and sending to the board are {@link ProposalMerger} and
 * {@link BoardReferrals}.
 */
@Service
public class IntakeService {

    private final PortfolioAccess access;
    private final InitiativeRepository initiatives;
    private final CriteriaRepository criteria;
    private final ScoreRepository scores;
    private final BoardReferralRepository referrals;
    private final InitiativeMergeRepository merges;
    private final TenantDirectory directory;
    private final AuditTrail audit;
    private final Clock clock;

    IntakeService(PortfolioAccess access, InitiativeRepository initiatives, CriteriaRepository criteria,
            ScoreRepository scores, BoardReferralRepository referrals, InitiativeMergeRepository merges,
            TenantDirectory directory, AuditTrail audit, Clock clock) {
        this.merges = merges;
        this.access = access;
        this.initiatives = initiatives;
        this.criteria = criteria;
        this.scores = scores;
        this.referrals = referrals;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** The board's weights and the proposals, ranked; every reader of the portfolio sees the ranking. */
    @Transactional(readOnly = true)
    public Intake intake(long portfolioId) {
        PortfolioAccess.Standing standing = access.read(portfolioId);
        Criteria weights = criteria.findByPortfolioId(portfolioId).orElseGet(() -> new Criteria(portfolioId));
        return new Intake(weights(weights), ranked(portfolioId, weights), merges(portfolioId), standing.manages());
    }

    /** The board's secretary sets the weights (0 to 10 each, at least one above 0). */
    @Transactional
    public CriteriaWeights weigh(long portfolioId, CriteriaWeights form) {
        long tenant = access.manage(portfolioId).portfolio().getTenantId();
        Optional<Criteria> stored = criteria.findByPortfolioId(portfolioId);
        // the first weights are set on the defaults, which a reader saw as version 0
        Criteria c = stored.orElseGet(() -> new Criteria(portfolioId));
        if (stored.isPresent()) {
            c.requireVersion(form.version());
        } else if (form.version() != 0) {
            throw new ConcurrentEditException();
        }
        CriteriaWeights before = weights(c);
        c.weigh(new CriterionValues(weight(form.benefit(), Criterion.BENEFIT), weight(form.cost(), Criterion.COST),
                weight(form.risk(), Criterion.RISK), weight(form.fit(), Criterion.FIT)));
        criteria.saveAndFlush(c);
        CriteriaWeights after = weights(c);
        audit.recordIn(tenant, "portfolio.weights-set", "Portfolio", portfolioId,
                FieldChange.of("benefit", before.benefit(), after.benefit()),
                FieldChange.of("cost", before.cost(), after.cost()), FieldChange.of("risk", before.risk(), after.risk()),
                FieldChange.of("fit", before.fit(), after.fit()));
        return after;
    }

    /** An owner tenant proposes an initiative: its own tenant owns it, and it waits in intake as a proposal. */
    @Transactional
    public ProposalRow propose(long portfolioId, ProposalForm form) {
        PortfolioAccess.Standing standing = access.read(portfolioId);
        String name = Texts.clean(form.name(), PortfolioRules.NAME_MIN, PortfolioRules.NAME_MAX,
                "portfolio.error.name");
        if (initiatives.existsByPortfolioIdAndNameIgnoreCase(portfolioId, name)) {
            throw new ValidationException("portfolio.error.name-taken", name);
        }
        if (form.start() == null || form.end() == null) {
            throw new ValidationException("portfolio.intake.error.period");
        }
        String contact = Texts.clean(form.contact(), 0, PortfolioRules.NAME_MAX, "portfolio.error.contact");
        Initiative i = initiatives.saveAndFlush(new Initiative(portfolioId, standing.tenantId(), null, name, contact,
                form.start(), form.end(), form.budget(), InitiativePhase.PROPOSAL));
        audit.recordIn(standing.tenantId(), "portfolio.proposed", "Initiative", i.id(), FieldChange.set("name", name),
                FieldChange.set("start", form.start()), FieldChange.set("end", form.end()));
        return row(portfolioId, i.id());
    }

    /**
     * The board's office scores a proposal ({@code expectedVersion}: the score's version it read, null when it was
     * unscored). Each score is 1 to 5; a mandatory proposal names the legal or safety duty.
     */
    @Transactional
    public ProposalRow score(long initiativeId, @Nullable Long expectedVersion, ScoreForm form) {
        Initiative i = initiatives.findById(initiativeId).orElseThrow(NotFoundException::new);
        long tenant = access.manage(i.getPortfolioId()).portfolio().getTenantId();
        requireProposal(i);
        int benefit = score(form.benefit(), Criterion.BENEFIT);
        int cost = score(form.cost(), Criterion.COST);
        int risk = score(form.risk(), Criterion.RISK);
        int fit = score(form.fit(), Criterion.FIT);
        String basis = Texts.clean(form.basis(), 0, Scores.BASIS_MAX, "portfolio.intake.error.basis-long");
        if (form.mandatory() && basis.isEmpty()) {
            throw new ValidationException("portfolio.intake.error.basis");
        }
        Optional<Score> stored = scores.findByInitiativeId(initiativeId);
        if (stored.isPresent() ? expectedVersion == null || stored.get().getVersion() != expectedVersion
                : expectedVersion != null) {
            throw new ConcurrentEditException();
        }
        Score s = stored.orElseGet(() -> new Score(initiativeId));
        s.score(new CriterionValues(benefit, cost, risk, fit), form.mandatory(), basis, clock.instant(),
                access.current().actorName());
        scores.saveAndFlush(s);
        audit.recordIn(tenant, "portfolio.scored", "Initiative", initiativeId, FieldChange.set("name", i.getName()),
                FieldChange.set("benefit", benefit), FieldChange.set("cost", cost), FieldChange.set("risk", risk),
                FieldChange.set("fit", fit), FieldChange.set("mandatory", form.mandatory()));
        return row(i.getPortfolioId(), initiativeId);
    }

    /** One proposal's row as the ranked list shows it (with its rank there). */
    ProposalRow row(long portfolioId, long initiativeId) {
        Criteria weights = criteria.findByPortfolioId(portfolioId).orElseGet(() -> new Criteria(portfolioId));
        return ranked(portfolioId, weights).stream().filter(r -> r.initiativeId() == initiativeId).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    /** Mandatory first, then scored by weighted score (highest first), then the unscored; ties by name. */
    List<ProposalRow> ranked(long portfolioId, Criteria weights) {
        List<Initiative> proposals = initiatives.filtered(portfolioId, true, List.of(-1L), false,
                List.of(InitiativePhase.PROPOSAL));
        if (proposals.isEmpty()) {
            return List.of();
        }
        List<Long> ids = proposals.stream().map(Initiative::id).toList();
        Map<Long, Score> byId = scores.findByInitiativeIdIn(ids).stream()
                .collect(Collectors.toMap(Score::getInitiativeId, Function.identity()));
        Map<Long, String> papers = referrals.findByPortfolioIdAndSubjectOrderBySentAtDesc(portfolioId,
                ReferralSubject.INITIATIVE).stream().filter(BoardReferral::open)
                .collect(Collectors.toMap(BoardReferral::getSubjectId, BoardReferral::getPaperNumber, (a, b) -> a));
        Map<Long, TenantSummary> owners = directory.summariesOf(proposals.stream()
                .map(Initiative::getOwnerTenantId).distinct().toList());
        Comparator<Initiative> order = Comparator
                .comparing((Initiative i) -> !Optional.ofNullable(byId.get(i.id())).map(Score::isMandatory)
                        .orElse(false))
                .thenComparing(i -> byId.containsKey(i.id()) ? -weights.weighted(byId.get(i.id()))
                        : Double.MAX_VALUE)
                .thenComparing(Initiative::getName, String.CASE_INSENSITIVE_ORDER);
        List<Initiative> sorted = proposals.stream().sorted(order).toList();
        return IntStream.range(0, sorted.size()).mapToObj(n -> {
            Initiative i = sorted.get(n);
            @Nullable Score s = byId.get(i.id());
            String owner = Optional.ofNullable(owners.get(i.getOwnerTenantId())).map(TenantSummary::name)
                    .orElse("–");
            return new ProposalRow(n + 1, i.id(), i.getVersion(), i.getName(), owner, i.getStartOn(), i.getEndOn(),
                    s == null ? null : s.getVersion(), s == null ? null : s.getScores().getBenefit(),
                    s == null ? null : s.getScores().getCost(), s == null ? null : s.getScores().getRisk(),
                    s == null ? null : s.getScores().getFit(),
                    s == null ? null : weights.weighted(s), s != null && s.isMandatory(),
                    s == null ? "" : s.getMandatoryBasis(), papers.get(i.id()));
        }).toList();
    }

    /** The portfolio's merges, newest first, with both proposals' names read at once. */
    private List<MergeRow> merges(long portfolioId) {
        List<InitiativeMerge> all = merges.inPortfolio(portfolioId);
        if (all.isEmpty()) {
            return List.of();
        }
        Map<Long, Initiative> byId = initiatives.findAllById(all.stream()
                .flatMap(m -> java.util.stream.Stream.of(m.getFromId(), m.getIntoId())).distinct().toList())
                .stream().collect(Collectors.toMap(Initiative::id, Function.identity()));
        return all.stream().map(m -> new MergeRow(m.getFromId(), Lookups.present(byId, m.getFromId()).getName(),
                m.getIntoId(), Lookups.present(byId, m.getIntoId()).getName())).toList();
    }

    static void requireProposal(Initiative i) {
        if (i.getPhase() != InitiativePhase.PROPOSAL) {
            throw new ValidationException("portfolio.intake.error.not-proposal", i.getName());
        }
    }

    static CriteriaWeights weights(Criteria c) {
        CriterionValues w = c.getWeights();
        return new CriteriaWeights(c.getId() == null ? 0 : c.getVersion(), w.getBenefit(), w.getCost(), w.getRisk(),
                w.getFit());
    }

    /** A score in the board's range; the message names the criterion and the range, and the form marks its field. */
    private static int score(@Nullable Integer value, Criterion c) {
        if (value == null || value < Scores.SCORE_MIN || value > Scores.SCORE_MAX) {
            throw new ValidationException("portfolio.intake.error.score." + c.name(), Scores.SCORE_MIN,
                    Scores.SCORE_MAX);
        }
        return value;
    }

    private static int weight(@Nullable Integer value, Criterion c) {
        if (value == null || value < Scores.WEIGHT_MIN || value > Scores.WEIGHT_MAX) {
            throw new ValidationException("portfolio.intake.error.weight." + c.name(), Scores.WEIGHT_MIN,
                    Scores.WEIGHT_MAX);
        }
        return value;
    }
}
