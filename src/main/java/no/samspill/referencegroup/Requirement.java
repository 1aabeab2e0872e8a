package no.samspill.referencegroup;

/** The strength of a requirement: a must (absolute) or a should (weighted in the evaluation). */
public enum Requirement {
    MUST, SHOULD
}
