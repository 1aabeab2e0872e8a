package no.samspill.reporting;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;

/**
 * PDF/A export. PDF/A needs an output intent with an ICC profile; the JDK's own sRGB profile is written once to a
 * temporary file, because Jasper takes the profile as a path. Tagging gives the structure screen readers need.
 */
final class PdfA {

    private static final Path SRGB = writeProfile();

    private PdfA() {
    }

    static byte[] export(JasperPrint print, ArchivalOptions options) throws JRException {
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
        // PDF/A-2a: tagged (accessible) and allows what Jasper draws; OpenPDF checks 1a/1b itself but not 2a, so
        // the conformance is checked with veraPDF in the tests
        config.setPdfaConformance(PdfaConformanceEnum.PDFA_2A);
        config.setIccProfilePath(SRGB.toString());
        config.setEmbedIccProfile(true);
        config.setTagged(true);
        config.setTagLanguage(options.language());
        config.setMetadataTitle(options.title());
        config.setMetadataAuthor(options.author());
        config.setDisplayMetadataTitle(true);
        exporter.setConfiguration(config);
        exporter.exportReport();
        return withoutCidSets(out.toByteArray());
    }

    /**
     * OpenPDF gives each embedded font subset a CIDSet that lists only the glyphs used, while PDF/A-2 requires a
     * CIDSet, if present, to list every glyph of the embedded program (veraPDF rule 6.2.11.4.2-2). The entry is
     * optional in PDF/A-2, so it is removed; PDFBox rewrites the file and leaves metadata and structure as they are.
     */
    static byte[] withoutCidSets(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            boolean changed = false;
            for (COSObject o : doc.getDocument().getObjectsByType(COSName.FONT_DESC)) {
                if (o.getObject() instanceof COSDictionary d && d.containsKey(COSName.CID_SET)) {
                    d.removeItem(COSName.CID_SET);
                    changed = true;
                }
            }
            if (!changed) {
                return pdf;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not finish the PDF/A file", e);
        }
    }

    private static Path writeProfile() {
        try {
            Path file = Files.createTempFile("samspill-srgb", ".icc");
            Files.write(file, ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the sRGB profile for PDF/A", e);
        }
    }
}
