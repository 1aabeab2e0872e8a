package no.samspill.impartiality;

/**
 * The parts of a declaration template: an introduction, the statutory tie questions, the confidentiality undertaking.
 */
public enum TemplatePart {
    INTRO, RELATIVES, OWNERSHIP, BOARD, EMPLOYMENT, OTHER, CONFIDENTIALITY
}
