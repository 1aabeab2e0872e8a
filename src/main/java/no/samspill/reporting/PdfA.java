package no.samspill.reporting;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        return out.toByteArray();
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
