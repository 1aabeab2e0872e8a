package no.samspill.steeringgroup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import no.samspill.platform.i18n.Translator;
import no.samspill.procurement.Phase;
import no.samspill.procurement.ProjectFacts;
import no.samspill.reporting.ArchivalOptions;
import no.samspill.reporting.ReportEngine;
import no.samspill.steeringgroup.domain.SteeringMeeting;

/**
 * Benchmark, run on purpose (./mvnw -Pbench verify), never as a test: a meeting package with 50 case papers and a
 * status page with 200 action items, rendered the way PackageService does (rows, one fill, page numbers, PDF/A
 * export, CIDSet clean-up), against a bare Jasper fill and plain PDF export of the same precompiled template and
 * rows in the same run. Prints the median warm times and their ratio; the machine is shared, so only the ratio says
 * much. Database reads and the archive write are not part of either side.
 */
public final class PackageBenchmark {

    private static final int PAPERS = 50;
    private static final int ITEMS = 200;
    private static final int WARMUP = 5;
    private static final int RUNS = 15;

    private PackageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Locale nb = Locale.of("nb");
        Map<String, String> texts = texts();
        Translator t = Translator.of(nb, (l, key, values) -> texts.getOrDefault(key, key));
        SteeringMeeting meeting = new SteeringMeeting(1, Instant.parse("2026-12-09T09:00:00Z"),
                "Sykehusinnkjøp, Oslo, og Teams");
        PackageContent.Document doc = new PackageContent().build("Styringsgruppe BHM", "Sykehusinnkjøp HF", meeting,
                papers(), List.of(StatusPage.of(status())), ZoneId.of("Europe/Oslo"), t, Instant.now(), 1);
        ReportEngine engine = new ReportEngine();
        JasperReport compiled;
        try (var in = PackageBenchmark.class.getResourceAsStream("/reports/steeringgroup/package.jrxml")) {
            compiled = JasperCompileManager.compileReport(in);
        }
        long[] pkg = new long[RUNS];
        long[] bare = new long[RUNS];
        int bytes = 0;
        for (int i = 0; i < WARMUP + RUNS; i++) {
            long a = System.nanoTime();
            byte[] pdf = engine.archivalPdf("steeringgroup/package", doc.parameters(), doc.rows(),
                    new ArchivalOptions(doc.title(), "Sykehusinnkjøp HF", "nb"));
            long b = System.nanoTime();
            JasperExportManager.exportReportToPdf(JasperFillManager.fillReport(compiled,
                    new HashMap<>(doc.parameters()), new JRMapCollectionDataSource(new ArrayList<>(doc.rows()))));
            long c = System.nanoTime();
            if (i >= WARMUP) {
                pkg[i - WARMUP] = b - a;
                bare[i - WARMUP] = c - b;
                bytes = pdf.length;
            }
        }
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "reports"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "reports", "package-benchmark.pdf"),
                engine.archivalPdf("steeringgroup/package", doc.parameters(), doc.rows(),
                        new ArchivalOptions(doc.title(), "Sykehusinnkjøp HF", "nb")));
        double p = median(pkg) / 1e6;
        double base = median(bare) / 1e6;
        System.out.printf(Locale.ROOT, "package (%d papers, %d action items, %d rows, %d bytes): median %.0f ms%n",
                PAPERS, ITEMS, doc.rows().size(), bytes, p);
        System.out.printf(Locale.ROOT, "baseline (bare fill + plain PDF export, same template and rows): median %.0f ms%n",
                base);
        System.out.printf(Locale.ROOT, "ratio package / baseline: %.2f (goal: package <= 1500 ms, ratio <= 1.3)%n",
                p / base);
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static List<PaperView> papers() {
        List<PaperView> list = new ArrayList<>();
        for (int i = 1; i <= PAPERS; i++) {
            String text = ("Avsnitt med bakgrunn for sak " + i + ", om behandlingshjelpemidler i alle regioner. ")
                    .repeat(6);
            PaperForm form = new PaperForm("Styringsgruppe BHM", "Porteføljekontoret", LocalDate.of(2026, 11, 20),
                    i % 7 == 0, i % 7 == 0 ? "offentleglova § 23" : "", "Sak nummer " + i + " om æøå og ÆØÅ",
                    "Kort sammendrag av saken.", text, text, "", text, "Budsjett: 2 årsverk.", "", "",
                    List.of("Saken tas til orientering.", "Sekretariatet følger opp."), 1L,
                    DecisionKind.OTHER);
            list.add(new PaperView(i, 0, i + "/26", 1, "Styringsgruppe BHM", form, "2026/0021",
                    "Nasjonal avtale for behandlingshjelpemidler", List.of(), List.of(), false));
        }
        return list;
    }

    private static ProjectStatus status() {
        List<ProjectFacts.StatusLine> lines = new ArrayList<>();
        String[] colours = {"GREEN", "YELLOW", "RED", "DONE"};
        for (int i = 1; i <= ITEMS; i++) {
            lines.add(new ProjectFacts.StatusLine("A" + (i / 10 + 1) + "." + (i % 10 + 1), "Tiltak " + i,
                    colours[i % 4], "Statustekst for tiltak " + i + ": framdrift etter plan.", i % 9 == 0,
                    i % 13 == 0, i % 5 == 0));
        }
        return new ProjectStatus(1, "2026/0021", "Nasjonal avtale for behandlingshjelpemidler",
                Phase.REQUIREMENT_SPECIFICATION, List.of(new ProjectFacts.Fact("facts.action-plan",
                List.of(ITEMS, 50, 50, 50, 50, 22, 15, 40))), lines);
    }

    /** The Norwegian texts, read from the bundle as the portal does (no Spring context is started). */
    private static Map<String, String> texts() throws Exception {
        java.util.Properties p = new java.util.Properties();
        try (var in = PackageBenchmark.class.getResourceAsStream("/vaadin-i18n/translations_nb.properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        Map<String, String> out = new HashMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }
}
