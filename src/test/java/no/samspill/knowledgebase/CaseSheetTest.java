package no.samspill.knowledgebase;

import java.util.Locale;
import no.samspill.support.PdfAConformance;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.SamspillI18NProvider;
import no.samspill.platform.i18n.Translator;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The case sheet: a PDF/A-2a with the case's texts, for any reader of the case, and for nobody else. */
@SamspillSpringTest
class CaseSheetTest {

    @Autowired
    KnowledgeService knowledge;
    @Autowired
    SamspillI18NProvider i18n;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void a_supplier_downloads_a_published_case_as_pdf_a_with_its_danish_text() throws Exception {
        long a4 = jdbc.queryForObject("select id from kb_case where region = 'Midtjylland' and code = 'A4'",
                Long.class);
        Locale da = Locale.of("da", "DK");
        Translator t = Translator.of(da, (l, key, args) -> i18n.getTranslation(key, l, args));
        users.login(TestUsers.GE_USER);
        byte[] pdf = knowledge.caseSheet(a4, t).bytes();
        assertThat(PdfAConformance.failures(pdf, org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_A)).isEmpty();
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("A4 TAVI-hjerteklapper").contains("Midtjylland")
                    .contains("kvalitetsmonitoreres i minimum 10 år");
        }
        users.login(TestUsers.HSO_LEAD);
        CaseDetails draft = knowledge.create(KnowledgeBaseTest.content("A499", "Utkast uten PDF"));
        users.login(TestUsers.GE_USER);
        assertThatThrownBy(() -> knowledge.caseSheet(draft.id(), t)).isInstanceOf(NotFoundException.class);
    }
}
