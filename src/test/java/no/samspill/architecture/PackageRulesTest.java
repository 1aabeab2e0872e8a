package no.samspill.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules about packages as a whole, which ArchUnit's class rules cannot say once per package. */
class PackageRulesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("no.samspill");

    @Test
    void every_package_of_main_code_is_null_marked() {
        Set<String> unmarked = new TreeSet<>();
        for (JavaClass type : CLASSES) {
            JavaPackage pkg = type.getPackage();
            // a new package is born without a package-info; NullAway then treats it as unannotated and checks nothing
            boolean marked = pkg.tryGetPackageInfo().map(info -> info.isAnnotatedWith(NullMarked.class)).orElse(false);
            if (!marked) {
                unmarked.add(pkg.getName());
            }
        }
        assertThat(unmarked).as("packages without @NullMarked in their package-info.java").isEmpty();
        assertThat(CLASSES.containPackage("no.samspill.identity")).as("the import found the main classes").isTrue();
    }
}
