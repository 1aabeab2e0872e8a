package no.samspill.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.EntityManager;
import no.samspill.Application;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The house rules that keep features apart (docs/decisions/002-modules-and-access.md). */
class ModuleStructureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("no.samspill");

    @Test
    void modules_respect_their_declared_dependencies_and_have_no_cycles() {
        ApplicationModules.of(Application.class).verify();
    }

    @Test
    void views_never_touch_repositories_or_the_entity_manager() {
        noClasses().that().resideInAPackage("..ui..").or().resideInAPackage("no.samspill.shell..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .because("a view talks to its feature's application service only")
                .check(CLASSES);
    }

    @Test
    void views_never_touch_entities() {
        noClasses().that().resideInAPackage("..ui..").or().resideInAPackage("no.samspill.shell..")
                .should().dependOnClassesThat().resideInAPackage("..domain..")
                .because("services hand views records, so nothing lazy-loads in a view")
                .check(CLASSES);
    }

    @Test
    void services_and_domain_do_not_depend_on_vaadin() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(CLASSES);
    }
}
