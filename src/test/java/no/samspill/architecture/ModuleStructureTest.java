package no.samspill.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.Set;
import no.samspill.Application;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
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

    /**
     * Classes outside the views that may use Vaadin, each for a reason: they plug into Vaadin, or they are the
     * one place a Vaadin type enters a service's contract. Nested and anonymous classes follow their outer class.
     */
    private static final Map<String, String> VAADIN_OUTSIDE_VIEWS = Map.of(
            "no.samspill.identity.SecurityConfiguration", "Vaadin's security configurer sets up the login (SPI)",
            "no.samspill.identity.SessionConfiguration", "a VaadinServiceInitListener: session timeouts (SPI)",
            "no.samspill.platform.metrics.NavigationMetrics", "a VaadinServiceInitListener: times navigations (SPI)",
            "no.samspill.platform.i18n.SamspillI18NProvider", "Vaadin's I18NProvider: the bundles (SPI)",
            "no.samspill.platform.i18n.Language", "applies a reader's language to their UI, for the views",
            "no.samspill.platform.files.LimitedUpload", "a Vaadin UploadHandler: the size limit is kept while reading",
            "no.samspill.procurement.ProjectTab", "the SPI by which a feature adds a tab, a Component, to a project",
            "no.samspill.demo.DemoSteering", "demo seeding writes its papers' texts through the I18NProvider");

    @Test
    void services_and_domain_do_not_depend_on_vaadin() {
        noClasses().that(SERVICES_OR_DOMAIN).and(not(outerClassIn(VAADIN_OUTSIDE_VIEWS.keySet())))
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .because("services and entities are used without a UI: by jobs, listeners, tests and the demo")
                .check(CLASSES);
    }

    @Test
    void services_and_domain_do_not_depend_on_views() {
        noClasses().that(SERVICES_OR_DOMAIN).and(not(outerClassIn(VAADIN_OUTSIDE_VIEWS.keySet())))
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .because("views build on services, never the other way; shared formatting lives in platform.text")
                .check(CLASSES);
    }

    /**
     * Public methods of application beans that need no transaction of their own, by class or by "Class.method",
     * each for a reason. A listener annotated with {@code @ApplicationModuleListener} has one already (the
     * annotation is meta-annotated with @Transactional); a job's entry point ({@code @Scheduled}, an
     * {@code ApplicationRunner}) runs each unit of work in its own transaction, so one failure undoes no other.
     */
    private static final Map<String, String> NOT_TRANSACTIONAL = Map.ofEntries(
            Map.entry("no.samspill.platform.security.AccessPolicy", "asked inside the services' transactions; the"
                    + " directory it reads has its own"),
            Map.entry("no.samspill.platform.audit.AuditTrail", "writes within the caller's transaction, so an"
                    + " entry is kept with its change or not at all"),
            Map.entry("no.samspill.platform.i18n.SamspillI18NProvider", "Vaadin's I18NProvider: the bundles, in"
                    + " memory"),
            Map.entry("no.samspill.platform.PublicUrl", "joins the configured address with a route"),
            Map.entry("no.samspill.platform.files.UploadRules", "checks a name, a type and a size: no database"),
            Map.entry("no.samspill.platform.time.TenantTime", "the clock and the zone of the grant: no database"
                    + " of its own"),
            Map.entry("no.samspill.reporting.ReportEngine", "fills a template from rows read before, outside any"
                    + " transaction, so no connection is held while a PDF is made"),
            Map.entry("no.samspill.identity.PasswordPolicy", "checks a password's text: no database"),
            Map.entry("no.samspill.identity.ThrottlingAuthenticationProvider", "Spring Security's SPI; the user"
                    + " lookup it delegates to has its own transaction"),
            Map.entry("no.samspill.referencegroup.ReviewDocumentService.importFile", "reads a Word file in memory;"
                    + " no connection is held while it parses"),
            Map.entry("no.samspill.referencegroup.ReviewDocumentService.preview", "splits Markdown in memory"),
            Map.entry("no.samspill.marketdialogue.DialogueFileService.maxUploadBytes", "configuration"),
            Map.entry("no.samspill.steeringgroup.CasePaperService.maxUploadBytes", "configuration"),
            Map.entry("no.samspill.notifications.SentMailService.bodiesShown", "configuration"),
            Map.entry("no.samspill.notifications.UnsubscribeController$Open.patterns", "PublicPaths SPI: a constant"),
            Map.entry("no.samspill.actionplan.ActionPlanFacts.order", "ProjectFacts SPI: a constant"),
            Map.entry("no.samspill.marketdialogue.DialogueFacts.order", "ProjectFacts SPI: a constant"),
            Map.entry("no.samspill.referencegroup.ReviewFacts.order", "ProjectFacts SPI: a constant"),
            Map.entry("no.samspill.impartiality.ImpartialityFacts.order", "ProjectFacts SPI: a constant"));

    @Test
    void public_methods_of_application_services_are_transactional() {
        methods().that().arePublic().and().areDeclaredInClassesThat(APPLICATION_BEANS)
                .and(not(named(NOT_TRANSACTIONAL.keySet()))).and(not(JOB_ENTRY_POINTS))
                .should(beTransactional())
                .because("an application service is the transaction and security boundary (ARCHITECTURE rule 2)")
                .check(CLASSES);
    }

    private static final DescribedPredicate<JavaMethod> JOB_ENTRY_POINTS = DescribedPredicate.describe(
            "job entry points", m -> m.isAnnotatedWith(Scheduled.class)
                    || m.getOwner().isAssignableTo(ApplicationRunner.class) && m.getName().equals("run"));

    private static DescribedPredicate<JavaMethod> named(Set<String> names) {
        return DescribedPredicate.describe("named exceptions", m -> names.contains(m.getOwner().getName())
                || names.contains(m.getOwner().getName() + "." + m.getName()));
    }

    /** Module root packages (no.samspill.<module>, the feature's API and services), platform's, and domain. */
    private static final DescribedPredicate<JavaClass> SERVICES_OR_DOMAIN = DescribedPredicate.describe(
            "services or domain", c -> isService(c.getPackageName()) || c.getPackageName().contains(".domain"));

    /** Spring beans (not configuration) in the packages of application services. */
    private static final DescribedPredicate<JavaClass> APPLICATION_BEANS = DescribedPredicate.describe(
            "application services", c -> isService(c.getPackageName()) && c.isMetaAnnotatedWith(Component.class)
                    && !c.isMetaAnnotatedWith(Configuration.class));

    private static boolean isService(String pkg) {
        if (pkg.equals("no.samspill.shell") || pkg.startsWith("no.samspill.platform.ui")) {
            return false;
        }
        return pkg.matches("no\\.samspill\\.[a-z]+") || pkg.matches("no\\.samspill\\.platform\\.[a-z0-9]+");
    }

    private static DescribedPredicate<JavaClass> outerClassIn(Set<String> names) {
        return DescribedPredicate.describe("one of " + names, c -> names.contains(c.getName().split("\\$")[0]));
    }

    private static ArchCondition<JavaMethod> beTransactional() {
        return new ArchCondition<>("be @Transactional, on the method or its class") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean ok = method.isMetaAnnotatedWith(Transactional.class)
                        || method.getOwner().isMetaAnnotatedWith(Transactional.class);
                if (!ok) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " is not @Transactional"));
                }
            }
        };
    }
}
