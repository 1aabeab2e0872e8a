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

    /**
     * What a histogram from {@link #histogram} itself takes on the heap, from its shape (compressed oops): a
     * LinkedHashMap entry, the class name's String and Latin-1 bytes and a long[2] per class, and the table. The
     * histogram taken with 10 sessions is still held when the one with 40 is taken, so it comes off the growth.
     */
    static long footprint(Map<String, long[]> histogram) {
        long bytes = 56 + 4L * Integer.highestOneBit(Math.max(1, histogram.size() * 4 / 3) * 2 - 1);
        for (String name : histogram.keySet()) {
            bytes += 40 + 24 + align(16 + name.length()) + 32;
        }
        return bytes;
    }

    private static long align(long size) {
        return (size + 7) / 8 * 8;
    }
}
