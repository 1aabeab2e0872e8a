package no.samspill.procurement;

/** What is bought. MTU is medical-technical equipment, BHM treatment aids such as insulin pumps. */
public enum Category {
    MTU,
    BHM,
    CONSUMABLES,
    PHARMACEUTICALS,
    SERVICES,
    ICT,
    OTHER;

    /** The bundle key of this constant's label (a test checks that every constant's key exists). */
    public String labelKey() {
        return "category." + name();
    }
}
