package no.samspill.procurement;

/** What is bought. MTU is medical-technical equipment, BHM treatment aids such as insulin pumps. */
public enum Category {
    MTU,
    BHM,
    CONSUMABLES,
    PHARMACEUTICALS,
    SERVICES,
    ICT,
    OTHER
}
