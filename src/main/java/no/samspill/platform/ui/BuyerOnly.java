package no.samspill.platform.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A view of the buyer side only (projects, groups, action plans). A supplier's tenant admin holds roles these views
 * allow, but the services refuse suppliers; the menu leaves such views out while a supplier tenant is active, so a
 * supplier is not offered a page that can only say "no access".
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface BuyerOnly {
}
