package no.samspill.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The live heap of this JVM by class, from jcmd's class histogram, which runs a full GC first. */
final class Heap {

    private Heap() {
    }

    /** Class name to {instances, bytes}; the total under the key "Total". */
    static Map<String, long[]> histogram() throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        Process p = new ProcessBuilder(jcmd, Long.toString(ProcessHandle.current().pid()), "GC.class_histogram")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("jcmd failed: " + out);
        }
        Map<String, long[]> classes = new LinkedHashMap<>();
        for (String line : out.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 4 && f[0].endsWith(":")) {
                classes.merge(f[3], new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])},
                        (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
            } else if (f.length == 3 && f[0].equals("Total")) {
                classes.put("Total", new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
            }
        }
        return classes;
    }

    static long total(Map<String, long[]> histogram) {
        long[] total = histogram.get("Total");
        if (total == null) {
            throw new IllegalStateException("no total in the class histogram");
        }
        return total[1];
    }
}
