package no.samspill.platform.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import no.samspill.platform.i18n.ValidationException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.jspecify.annotations.Nullable;

/**
 * Word and Excel files are zip archives, and a small archive can expand to gigabytes (a "zip bomb"). Apache POI
 * refuses entries that expand too far or too much, with the limits set here once for the whole portal; an import
 * also has its archive's expanded size counted before POI builds anything from it, so what POI holds in memory is
 * bounded by {@link #MAX_EXPANDED_BYTES}, not by the file's ratio.
 */
public final class OfficeFiles {

    /** Compressed size over expanded size below which POI calls an entry a zip bomb (1:100). */
    public static final double MIN_INFLATE_RATIO = 0.01;
    /** The largest single entry POI expands; POI's own default is 4 GB. */
    public static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;
    /** What all entries of an imported archive may expand to together; real plans and specifications are far less. */
    public static final long MAX_EXPANDED_BYTES = 64L * 1024 * 1024;

    /** How POI's messages start for an entry that expands too far, and for an archive with too many entries. */
    private static final String POI_ZIP_BOMB = "Zip bomb detected";
    private static final String POI_TOO_MANY_ENTRIES = "potentially malicious";

    static {
        // POI's limits are static: set them before any class of the portal can hand POI a user's file
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private OfficeFiles() {
    }

    /** Sets POI's limits (they are set when this class loads; calling this at startup makes that happen early). */
    public static void harden() {
        // the static initialiser does the work
    }

    /**
     * Expands every entry of the archive without keeping it, and refuses the file once the expanded bytes pass the
     * limit. A file that is no zip at all passes: the reader refuses it with its own message.
     */
    public static void requireSafeArchive(byte[] content, long maxExpandedBytes) {
        long expanded = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                expanded += drain(zip, buffer, maxExpandedBytes - expanded);
                if (expanded > maxExpandedBytes) {
                    throw zipBomb();
                }
            }
        } catch (IOException e) {
            // a damaged archive: POI reports it as unreadable, with its own ratio and size checks still on
        }
    }

    /** True when POI refused the file as a zip bomb, wherever in the chain of causes it said so. */
    public static boolean isZipBomb(Throwable e) {
        for (@Nullable Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains(POI_ZIP_BOMB)
                    || message.contains(POI_TOO_MANY_ENTRIES))) {
                return true;
            }
        }
        return false;
    }

    public static ValidationException zipBomb() {
        return new ValidationException("upload.error.zip-bomb", MAX_EXPANDED_BYTES / (1024 * 1024));
    }

    /** Stops within one buffer past what is left, so a bomb is never expanded further than the limit. */
    private static long drain(InputStream in, byte[] buffer, long left) throws IOException {
        long read = 0;
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            read += n;
            if (read > left) {
                return read;
            }
        }
        return read;
    }
}
