package no.samspill.reporting;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    // runs when the class loads, before the first export
    private static final boolean FONTS_READY = registerFontsWithoutCidSet();

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

    /**
     * OpenPDF gives each embedded font subset a CIDSet that lists only the glyphs used, while PDF/A-2 requires a
     * CIDSet, if present, to list every glyph of the embedded program (veraPDF rule 6.2.11.4.2-2). The entry is
     * optional, and OpenPDF leaves it out for a font whose includeCidSet is off. Jasper asks OpenPDF for its fonts
     * through OpenPDF's font cache (name, encoding, embedded), so the DejaVu fonts are put into that cache first,
     * with the flag off, and Jasper then gets these instances. The veraPDF test guards this.
     */
    private static boolean registerFontsWithoutCidSet() {
        // the monospaced face draws the portfolio roadmap's bars (one character per column of the time axis)
        for (String face : List.of("DejaVuSans", "DejaVuSansMono")) {
            for (String style : List.of("", "-Bold", "-Oblique", "-BoldOblique")) {
                register("net/sf/jasperreports/fonts/dejavu/" + face + style + ".ttf");
            }
        }
        return true;
    }

    private static void register(String path) {
        try (InputStream in = PdfA.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("DejaVu font missing from the classpath: " + path);
            }
            BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null)
                    .setIncludeCidSet(false);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + path, e);
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
