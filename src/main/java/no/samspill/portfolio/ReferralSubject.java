package no.samspill.portfolio;

/** What the portfolio sent its board: a proposal, or a version of the target picture to adopt. */
public enum ReferralSubject {
    INITIATIVE, TARGET
}
