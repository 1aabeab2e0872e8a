package no.samspill.platform.files;

import org.springframework.context.annotation.Configuration;

/** Sets POI's zip-bomb limits when the portal starts, before any request can hand POI a file. */
@Configuration(proxyBeanMethods = false)
class ZipBombLimits {

    ZipBombLimits() {
        OfficeFiles.harden();
    }
}
