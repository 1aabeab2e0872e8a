package no.samspill.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.textfield.PasswordField;
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

    /** A browser maxlength cuts a paste without a word: limits go through TextLimits (passwords excepted). */
    @Test
    void text_limits_never_cut_what_was_typed() {
        noClasses().that().resideOutsideOfPackage("no.samspill.platform.ui..")
                .should().callMethodWhere(JavaCall.Predicates.target(HasName.Predicates.name("setMaxLength"))
                        .and(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                                DescribedPredicate.not(JavaClass.Predicates.assignableTo(PasswordField.class))))))
                .because("TextLimits counts, warns and keeps the text; the service refuses it (issue 14)")
                .check(CLASSES);
    }

    /** Pickers made elsewhere fall back to the component's US English, Sunday first. */
    @Test
    void date_pickers_come_from_the_toolkit() {
        noClasses().that().resideOutsideOfPackage("no.samspill.platform.ui..")
                .should().callConstructorWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                        JavaClass.Predicates.assignableTo(DatePicker.class)
                                .or(JavaClass.Predicates.assignableTo(DateTimePicker.class)))))
                .because("DatePickers gives every picker the reader's language, Monday first (issue 14)")
                .check(CLASSES);
    }
}
