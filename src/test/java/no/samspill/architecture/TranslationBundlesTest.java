package no.samspill.architecture;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text exists in bokmål, Danish and English, and every key the code names exists in the bundles. */
class TranslationBundlesTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|Notify\\.success|Notify\\.errorKey|Exception)\\(\\s*\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\""
                    + "|@Menu\\(title = \"([^\"]+)\"");

    @Test
    void nb_da_and_en_hold_the_same_keys() throws IOException {
        Set<String> nb = load("nb").stringPropertyNames();
        Set<String> da = load("da").stringPropertyNames();
        Set<String> en = load("en").stringPropertyNames();
        assertThat(difference(nb, da)).as("in nb but not in da").isEmpty();
        assertThat(difference(da, nb)).as("in da but not in nb").isEmpty();
        assertThat(difference(nb, en)).as("in nb but not in en").isEmpty();
        assertThat(difference(en, nb)).as("in en but not in nb").isEmpty();
    }

    @Test
    void no_translation_is_empty() throws IOException {
        for (String lang : new String[] {"nb", "da", "en"}) {
            Properties p = load(lang);
            assertThat(p.stringPropertyNames()).as(lang).allMatch(k -> !p.getProperty(k).isBlank());
        }
    }

    @Test
    void every_key_named_in_the_code_exists() throws IOException {
        Set<String> known = load("nb").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1) != null ? m.group(1) : m.group(2);
                    if (!known.contains(key)) {
                        missing.add(key + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * Keys built from enum constants ({@code labelKey()}) are invisible to the scan above: ask every enum that
     * declares labelKey() for each constant's key, and look it up in all three bundles.
     */
    @Test
    void every_enum_constant_has_its_label_in_all_bundles() throws Exception {
        Map<String, Set<String>> bundles = new TreeMap<>();
        for (String lang : new String[] {"nb", "da", "en"}) {
            bundles.put(lang, load(lang).stringPropertyNames());
        }
        Set<String> missing = new TreeSet<>();
        int enums = 0;
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableMethodInfo().acceptPackages("no.samspill")
                .scan()) {
            for (ClassInfo info : scan.getAllEnums()) {
                if (info.getDeclaredMethodInfo("labelKey").stream().noneMatch(m -> m.getParameterInfo().length == 0)) {
                    continue;
                }
                enums++;
                Class<?> type = info.loadClass();
                Method labelKey = type.getDeclaredMethod("labelKey");
                labelKey.setAccessible(true);
                for (Object constant : type.getEnumConstants()) {
                    String key = (String) labelKey.invoke(constant);
                    bundles.forEach((lang, keys) -> {
                        if (!keys.contains(key)) {
                            missing.add(key + " (" + type.getSimpleName() + ", " + lang + ")");
                        }
                    });
                }
            }
        }
        assertThat(enums).as("enums with labelKey()").isGreaterThan(10);
        assertThat(missing).isEmpty();
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new HashSet<>(a);
        d.removeAll(b);
        return d;
    }

    private static Properties load(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationBundlesTest.class
                .getResourceAsStream("/vaadin-i18n/translations_" + lang + ".properties")) {
            assertThat(in).as("bundle " + lang).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
