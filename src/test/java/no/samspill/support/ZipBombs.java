package no.samspill.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Office files that stay small on disk and expand hugely: the entry's XML padded with spaces, generated lazily. */
public final class ZipBombs {

    private ZipBombs() {
    }

    /**
     * A copy of the archive whose entry gets {@code padding} spaces before its closing root tag (still well-formed
     * XML); the padding is written a megabyte at a time into the compressor and never held.
     */
    public static byte[] padded(byte[] office, String entryName, long padding) throws IOException {
        ByteArrayOutputStream result = new ByteArrayOutputStream();
        byte[] spaces = new byte[1024 * 1024];
        Arrays.fill(spaces, (byte) ' ');
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(office));
                ZipOutputStream out = new ZipOutputStream(result)) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(entryName)) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int close = xml.lastIndexOf("</");
                    out.write(xml.substring(0, close).getBytes(StandardCharsets.UTF_8));
                    for (long left = padding; left > 0; left -= spaces.length) {
                        out.write(spaces, 0, (int) Math.min(spaces.length, left));
                    }
                    out.write(xml.substring(close).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        }
        return result.toByteArray();
    }
}
