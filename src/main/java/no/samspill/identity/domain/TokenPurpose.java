package no.samspill.identity.domain;

/** Why a one-time link was issued: an invitation (sets the first password, accepts the membership) or a reset. */
public enum TokenPurpose {
    INVITATION, RESET
}
