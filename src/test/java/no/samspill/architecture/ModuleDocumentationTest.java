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
            for (Path file : files.filter(f -> f.toString().endsWith(".puml") || f.toString().endsWith(".adoc"))
                    .toList()) {
                Files.write(file, sortedRuns(Files.readAllLines(file)));
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
     * Structurizr writes a diagram's components and relations, and the canvases list beans and events, in an order
     * that differs from run to run. Sorted within each run of like lines (a diagram's relations, one table cell's
     * bullets), a file reads the same, and PlantUML lays it out the same, until the modules change.
     */
    static List<String> sortedRuns(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        List<String> run = new ArrayList<>();
        String runKind = "";
        for (String line : lines) {
            String kind = kindOf(line);
            // "|* x" opens a new table cell in a canvas, so it starts a run of its own
            if (!kind.equals(runKind) || line.startsWith("|")) {
                out.addAll(sorted(run));
                run.clear();
                runKind = kind;
            }
            if (kind.isEmpty()) {
                out.add(line);
            } else {
                run.add(line);
            }
        }
        out.addAll(sorted(run));
        return out;
    }

    private static List<String> sorted(List<String> run) {
        if (run.isEmpty()) {
            return run;
        }
        boolean opensCell = run.getFirst().startsWith("|");
        List<String> items = new ArrayList<>(run);
        if (opensCell) {
            items.set(0, items.getFirst().substring(1));
        }
        items.sort(null);
        if (opensCell) {
            items.set(0, "|" + items.getFirst());
        }
        return items;
    }

    private static String kindOf(String line) {
        String trimmed = line.strip();
        if (trimmed.startsWith("* ") || trimmed.startsWith("|* ")) {
            return "* ";
        }
        for (String kind : new String[] {"Rel(", "Component(", "Container(", "Person(", "System("}) {
            if (trimmed.startsWith(kind)) {
                return kind;
            }
        }
        return "";
    }
}
