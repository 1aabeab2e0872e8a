package no.samspill.bench;

import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.ObjectName;
import java.util.LinkedHashMap;
import java.util.Map;

/** The live heap of this JVM by class, from the class histogram of the GC.class_histogram diagnostic command, which runs a full GC first. */
final class Heap {

    private Heap() {
    }

    /** Class name to {instances, bytes}; the total under the key "Total". */
    static Map<String, long[]> histogram() throws JMException {
        // the diagnostic command in this JVM, not the jcmd tool: attaching from outside hangs under Maven's exec
        String out = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
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
