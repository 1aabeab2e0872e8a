/**
 * Impartiality declarations (habilitetserklæringer) and the gate they open: versioned templates per country, one
 * declaration per project and person naming the suppliers of the project's market dialogues, decisions on declared
 * ties, and the project's register. Implements platform's ImpartialityGate, which the features ask before they serve
 * a project's confidential material. Uses platform, tenancy, identity, procurement, marketdialogue (its suppliers),
 * referencegroup and steeringgroup (who must declare).
 */
@ApplicationModule(allowedDependencies = {"platform", "tenancy :: directory", "identity", "identity :: directory",
        "procurement", "marketdialogue", "referencegroup", "steeringgroup"})
@NullMarked
package no.samspill.impartiality;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
