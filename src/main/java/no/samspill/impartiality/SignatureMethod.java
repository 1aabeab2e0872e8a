package no.samspill.impartiality;

/**
 * How a declaration was signed. Today only by the logged-in user confirming in the portal; an eID signature (BankID,
 * MitID) would be another constant with its own evidence, without changing the declarations already signed.
 */
public enum SignatureMethod {
    PORTAL_CONFIRMATION
}
