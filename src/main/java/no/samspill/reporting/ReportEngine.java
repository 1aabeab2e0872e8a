package no.samspill.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Renders a feature's rows into a PDF. Compiling a template costs far more than filling it, so each template is
 * compiled on first use and kept. Rows are maps (field name to value): records have no JavaBean getters, and
 * a map keeps each feature's report data free of Jasper types.
 */
@Component
public class ReportEngine {

    private final ConcurrentMap<String, JasperReport> compiled = new ConcurrentHashMap<>();

    /**
     * @param template path under reports/ without the extension, e.g. "steeringgroup/package"
     * @param parameters report parameters; copied, because Jasper adds its own to the map it gets
     */
    public byte[] pdf(String template, Map<String, ?> parameters, List<? extends Map<String, ?>> rows) {
        JasperReport report = compiled.computeIfAbsent(template, ReportEngine::compile);
        try {
            JasperPrint print = JasperFillManager.fillReport(report, new HashMap<>(parameters),
                    new JRMapCollectionDataSource(new ArrayList<>(rows)));
            return JasperExportManager.exportReportToPdf(print);
        } catch (JRException e) {
            throw new ReportException("Could not render report " + template, e);
        }
    }

    /**
     * An archival PDF: PDF/A-2a (tagged, fonts embedded, sRGB output intent) with document metadata. Text fields
     * with the key "toc-page" hold an anchor name and get the page number of that anchor, so a table of contents is
     * filled once and completed before export instead of filling the report twice.
     */
    public byte[] archivalPdf(String template, Map<String, ?> parameters, List<? extends Map<String, ?>> rows,
            ArchivalOptions options) {
        JasperReport report = compiled.computeIfAbsent(template, ReportEngine::compile);
        try {
            JasperPrint print = JasperFillManager.fillReport(report, new HashMap<>(parameters),
                    new JRMapCollectionDataSource(new ArrayList<>(rows)));
            PageNumbers.resolve(print);
            return PdfA.export(print, options);
        } catch (JRException e) {
            throw new ReportException("Could not render report " + template, e);
        }
    }

    int compiledTemplates() {
        return compiled.size();
    }

    private static JasperReport compile(String template) {
        String path = "/reports/" + template + ".jrxml";
        try (InputStream in = ReportEngine.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new ReportException("No report template at " + path, null);
            }
            return JasperCompileManager.compileReport(in);
        } catch (JRException | IOException e) {
            throw new ReportException("Could not compile report template " + path, e);
        }
    }
}
