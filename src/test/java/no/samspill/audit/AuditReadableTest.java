package no.samspill.audit;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import no.samspill.platform.i18n.Translator;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every entry the demo (and the tests before this one) wrote reads in words: no enum code, no raw instant and no
 * database id of a person, unit or item where the reader expects a name. A new audit call that records a code or
 * an id fails here, in the log of each kind of tenant.
 */
@SamspillSpringTest
class AuditReadableTest {

    private static final Pattern ENUM_CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b");
    private static final Pattern RAW_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
    /** A field that names a person, unit, item, slot or project, with a bare number (or list of them) as a value. */
    private static final Pattern ID_FIELD = Pattern.compile("(?:Ansvarlig|Enheter|Tiltak|Avhenger av|Møtetid"
            + "|Anskaffelse): (?:[^;]*→ )?\\[?\\d+(?:, \\d+)*]?(?:;| →|$)");

    @Autowired
    AuditLogService audit;
    @Autowired
    TestUsers users;
    @Autowired
    I18NProvider i18n;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void every_entry_of_every_kind_of_tenant_reads_in_words() {
        Translator nb = Translator.of(Locale.of("nb"), (l, key, args) -> i18n.getTranslation(key, l, args));
        for (String admin : List.of(TestUsers.HSO_ADMIN, TestUsers.SKI_ADMIN, TestUsers.RM_ADMIN,
                TestUsers.MEDTRONIC_ADMIN)) {
            users.login(admin);
            List<AuditLine> lines = audit.read(AuditFilter.NONE, 0, 5000, nb);
            assertThat(lines).as(admin).isNotEmpty().allSatisfy(l -> {
                assertThat(l.action()).as(l.row().action()).isNotEqualTo(l.row().action());
                assertThat(l.changes()).as(l.row().changes()).doesNotContainPattern(ENUM_CODE)
                        .doesNotContainPattern(RAW_INSTANT).doesNotContainPattern(ID_FIELD);
            });
        }
    }
}
