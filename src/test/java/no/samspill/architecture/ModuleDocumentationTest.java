package no.samspill.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import no.samspill.Application;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.CanvasOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes Spring Modulith's documentation of the modules into docs/modules/ (committed, linked from the README), so
 * that the diagrams change in the same commit as the code: the C4 overview of all modules and one C4 component
 * diagram per module (PlantUML), each module's canvas, and all-docs.adoc that gathers them. Every run rewrites the
 * folder; the files only change when the modules do, so an unchanged tree stays clean in git.
 */
class ModuleDocumentationTest {

    private static final Path OUTPUT = Path.of("docs", "modules");

    @Test
    void writes_the_module_diagrams_and_canvases_to_docs_modules() throws IOException {
        ApplicationModules modules = ApplicationModules.of(Application.class);
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(OUTPUT.toString()))
                .writeDocumentation(DiagramOptions.defaults(), CanvasOptions.defaults());
        try (Stream<Path> files = Files.list(OUTPUT)) {
            for (Path diagram : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                Files.write(diagram, sortedRuns(Files.readAllLines(diagram)));
            }
        }

        assertThat(OUTPUT.resolve("components.puml")).isNotEmptyFile();
        for (ApplicationModule module : modules) {
            String name = module.getIdentifier().toString();
            assertThat(OUTPUT.resolve("module-" + name + ".puml")).as("diagram of " + name).isNotEmptyFile();
            assertThat(OUTPUT.resolve("module-" + name + ".adoc")).as("canvas of " + name).isNotEmptyFile();
        }
        try (Stream<Path> files = Files.list(OUTPUT)) {
            assertThat(files.map(f -> f.getFileName().toString())).contains("all-docs.adoc");
        }
    }

    /**
     * Structurizr writes a diagram's components and relations in hash order, which differs from run to run; sorted
     * within each run of like lines, a diagram reads the same (and PlantUML lays it out the same) until it changes.
     */
    static List<String> sortedRuns(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        List<String> run = new ArrayList<>();
        String runKind = "";
        for (String line : lines) {
            String kind = kindOf(line);
            if (!kind.equals(runKind)) {
                run.sort(null);
                out.addAll(run);
                run.clear();
                runKind = kind;
            }
            if (kind.isEmpty()) {
                out.add(line);
            } else {
                run.add(line);
            }
        }
        run.sort(null);
        out.addAll(run);
        return out;
    }

    private static String kindOf(String line) {
        String trimmed = line.strip();
        for (String kind : new String[] {"Rel(", "Component(", "Container(", "Person(", "System("}) {
            if (trimmed.startsWith(kind)) {
                return kind;
            }
        }
        return "";
    }
}
