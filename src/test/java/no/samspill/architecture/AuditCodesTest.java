package no.samspill.architecture;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log shows every action, object type and field in the reader's words: each one the code records
 * (read from the calls of AuditTrail, and of the one helper that passes its action on) has its text in nb, da
 * and en. A new code without its texts fails here, before a tenant admin reads it as a code.
 */
class AuditCodesTest {

    /** A call that records, with its arguments; QuestionnaireService passes its action on through changed(…). */
    private static final Pattern CALL = Pattern.compile("\\b(?:audit\\.record(?:In|As)?|changed)\\((.*?)\\);",
            Pattern.DOTALL);
    private static final Pattern ACTION = Pattern.compile("\"([a-z][a-z-]*\\.[a-z][a-z.-]*)\"");
    private static final Pattern ENTITY = Pattern.compile("\"([A-Z][A-Za-z]+)\"");
    private static final Pattern FIELD = Pattern.compile("(?:FieldChange\\.(?:of|set)|new FieldChange)\\(\"(\\w+)\"");

    @Test
    void every_audit_action_object_type_and_field_in_the_code_has_a_text_in_every_bundle() throws IOException {
        Set<String> actions = new TreeSet<>();
        Set<String> entities = new TreeSet<>();
        Set<String> fields = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                if (!code.contains("AuditTrail")) {
                    continue;
                }
                Matcher call = CALL.matcher(code);
                while (call.find()) {
                    ACTION.matcher(call.group(1)).results().forEach(m -> actions.add(m.group(1)));
                    ENTITY.matcher(call.group(1)).results().forEach(m -> entities.add(m.group(1)));
                }
                FIELD.matcher(code).results().forEach(m -> fields.add(m.group(1)));
            }
        }
        // a round-table entry's field is its kind's name, lower-cased (RoundTableService)
        fields.addAll(Set.of("agenda", "learning", "action"));
        assertThat(actions).as("actions found").hasSizeGreaterThan(80).contains("review.commented",
                "dialogue.question-moved", "user.deactivated");
        assertThat(entities).as("object types found").contains("CasePaper", "MarketDialogue");
        assertThat(fields).as("fields found").contains("roles", "status");
        Set<String> missing = new TreeSet<>();
        for (String lang : new String[] {"nb", "da", "en"}) {
            Properties bundle = load(lang);
            actions.stream().filter(a -> !bundle.containsKey("action." + a)).forEach(a -> missing.add(lang + ": action." + a));
            entities.stream().filter(e -> !bundle.containsKey("entity." + e)).forEach(e -> missing.add(lang + ": entity." + e));
            fields.stream().filter(f -> !bundle.containsKey("audit.field." + f))
                    .forEach(f -> missing.add(lang + ": audit.field." + f));
        }
        assertThat(missing).isEmpty();
    }

    private static Properties load(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = AuditCodesTest.class.getResourceAsStream("/vaadin-i18n/translations_" + lang
                + ".properties")) {
            assertThat(in).as("bundle " + lang).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
