package no.samspill.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** How views are built: what the new modules copy, the tests hold to. */
class ViewRulesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("no.samspill");

    /**
     * A view is reached through its route, never by another package's code. The one exception is the login view:
     * Spring Security's Vaadin configurer in {@code identity} (SecurityConfiguration) must name its class.
     */
    @Test
    void views_are_package_private() {
        classes().that().areAnnotatedWith(Route.class)
                .and().resideInAnyPackage("..ui..", "no.samspill.shell..")
                .and().doNotHaveFullyQualifiedName("no.samspill.identity.ui.LoginView")
                .should().notHaveModifier(JavaModifier.PUBLIC)
                .because("other modules link to a view by its module's *Routes URL, not by its class")
                .check(CLASSES);
    }

    @Test
    void route_names_are_free_of_vaadin() {
        noClasses().that().haveSimpleNameEndingWith("Routes").and().resideOutsideOfPackage("no.samspill.platform..")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .because("notices and mails build links from them in services, which know no Vaadin")
                .check(CLASSES);
    }
}
