package no.samspill.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import no.samspill.platform.i18n.ValidationException;
import org.springframework.stereotype.Component;

/**
 * What a new password must be: 12 to 64 characters, at most 72 bytes (bcrypt's limit), not the e-mail address, and
 * not a common password. "Common" is a shipped list (resources/identity/common-passwords.txt) checked for the whole
 * password and for its stem: a listed word with digits or signs around it ("Sommer2024!") or repeated
 * ("passordpassord") is as easy to guess as the word, and a length rule alone lets those through.
 */
@Component
public class PasswordPolicy {

    private static final Pattern EDGES = Pattern.compile("^[\\d\\W_]+|[\\d\\W_]+$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int STEM_MIN = 4;
    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** Refuses a password with a message key saying what is wrong; the repetition is checked last. */
    public void check(String password, String repeated, String email) {
        if (password.length() < IdentityRules.PASSWORD_MIN || password.length() > IdentityRules.PASSWORD_MAX) {
            throw new ValidationException("password.error.length", IdentityRules.PASSWORD_MIN,
                    IdentityRules.PASSWORD_MAX);
        }
        // bcrypt reads at most 72 bytes; æ, ø and å take two each
        if (password.getBytes(StandardCharsets.UTF_8).length > IdentityRules.PASSWORD_MAX_BYTES) {
            throw new ValidationException("password.error.bytes", IdentityRules.PASSWORD_MAX_BYTES);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.equals(email.toLowerCase(Locale.ROOT)) || lower.equals(localPart(email))) {
            throw new ValidationException("password.error.email");
        }
        if (isCommon(lower)) {
            throw new ValidationException("password.error.common");
        }
        if (!password.equals(repeated)) {
            throw new ValidationException("password.error.mismatch");
        }
    }

    boolean isCommon(String lower) {
        String squeezed = lower.replaceAll("\\s+", "");
        if (common.contains(lower) || common.contains(squeezed) || oneCharacter(squeezed)
                || sequence(squeezed)) {
            return true;
        }
        String stem = EDGES.matcher(squeezed).replaceAll("");
        if (stem.length() >= STEM_MIN && (common.contains(stem) || repeats(stem))) {
            return true;
        }
        return false;
    }

    /** "passordpassord", "abcabcabcabc": a short unit repeated. */
    private boolean repeats(String s) {
        for (int unit = 1; unit <= s.length() / 2; unit++) {
            if (s.length() % unit == 0 && s.substring(0, unit).repeat(s.length() / unit).equals(s)) {
                return unit < STEM_MIN || common.contains(s.substring(0, unit));
            }
        }
        return false;
    }

    private static boolean oneCharacter(String s) {
        return s.chars().distinct().count() <= 2;
    }

    /** "123456789012", "abcdefghijkl", "987654321098": each character one more (or less) than the one before. */
    private static boolean sequence(String s) {
        int up = 0;
        int down = 0;
        for (int i = 1; i < s.length(); i++) {
            int step = s.charAt(i) - s.charAt(i - 1);
            up += step == 1 || step == -9 ? 1 : 0;
            down += step == -1 || step == 9 ? 1 : 0;
        }
        return up >= s.length() - 2 || down >= s.length() - 2;
    }

    private static String localPart(String email) {
        int at = email.indexOf('@');
        return at > 0 ? email.substring(0, at).toLowerCase(Locale.ROOT) : email.toLowerCase(Locale.ROOT);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(64_000);
        try (InputStream in = Objects.requireNonNull(PasswordPolicy.class.getResourceAsStream(
                "/identity/common-passwords.txt"), "common-passwords.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
