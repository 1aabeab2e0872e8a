package no.samspill.reporting;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportEngineTest {

    private final ReportEngine engine = new ReportEngine();

    @Test
    void renders_a_real_pdf_with_norwegian_and_danish_letters_and_compiles_once() throws Exception {
        List<Map<String, String>> rows = List.of(Map.of("name", "Sørlandet sykehus HF"), Map.of("name", "Ærø Kommune"));
        byte[] first = engine.pdf("test/smoke", Map.of("title", "Helse Sør-Øst RHF"), rows);
        byte[] second = engine.pdf("test/smoke", Map.of("title", "Region Midtjylland"), rows);

        assertThat(new String(first, 0, 5)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(first);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("Helse Sør-Øst RHF", "Sørlandet sykehus HF", "Ærø Kommune");
        assertThat(second).isNotEqualTo(first);
        assertThat(engine.compiledTemplates()).isEqualTo(1);
    }

    @Test
    void a_missing_template_is_a_clear_error() {
        assertThatThrownBy(() -> engine.pdf("test/none", Map.of(), List.of()))
                .isInstanceOf(ReportException.class).hasMessageContaining("reports/test/none.jrxml");
    }
}
