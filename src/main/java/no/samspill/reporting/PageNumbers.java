package no.samspill.reporting;

import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRPrintAnchorIndex;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.fill.JRTemplatePrintText;

/**
 * Fills in page numbers in a filled report: a text field with the key "toc-page" holds an anchor name and gets the
 * number of the page that anchor landed on. Only such fields are touched, whatever users wrote elsewhere. The text
 * box keeps its size, so nothing else on the page moves.
 */
final class PageNumbers {

    static final String KEY = "toc-page";

    private PageNumbers() {
    }

    static void resolve(JasperPrint print) {
        Map<String, JRPrintAnchorIndex> anchors = print.getAnchorIndexes();
        for (var page : print.getPages()) {
            replace(page.getElements(), anchors);
        }
    }

    private static void replace(List<JRPrintElement> elements, Map<String, JRPrintAnchorIndex> anchors) {
        for (JRPrintElement e : elements) {
            if (e instanceof JRPrintFrame frame) {
                replace(frame.getElements(), anchors);
            } else if (e instanceof JRTemplatePrintText text && KEY.equals(text.getKey())
                    && text.getFullText() != null) {
                JRPrintAnchorIndex anchor = anchors.get(text.getFullText());
                text.setText(anchor == null ? "" : String.valueOf(anchor.getPageIndex() + 1));
                text.setTextTruncateIndex(null);
                text.setLineBreakOffsets(null);
            }
        }
    }
}
