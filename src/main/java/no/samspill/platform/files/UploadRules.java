package no.samspill.platform.files;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import no.samspill.platform.i18n.ValidationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What may be uploaded: office documents, PDF, plain text and images, up to a configured size, with a plain file
 * name. The extension decides, not the browser's content type, which the sender controls.
 */
@Component
public class UploadRules {

    public static final List<String> EXTENSIONS = List.of("pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt",
            "ods", "odp", "rtf", "txt", "csv", "png", "jpg", "jpeg");
    /** The largest spreadsheet imported as rows (an action plan); a plan of a thousand items is well below it. */
    public static final int SHEET_IMPORT_MAX_BYTES = 5 * 1024 * 1024;
    /** The largest Word document imported as text (a document under review). */
    public static final int DOCUMENT_IMPORT_MAX_BYTES = 10 * 1024 * 1024;
    private static final Pattern UNSAFE = Pattern.compile("[/\\\\\\p{Cntrl}]|\\.\\.|^\\.");
    private static final int NAME_MAX = 200;

    private final long maxBytes;

    public UploadRules(@Value("${samspill.upload.max-bytes:26214400}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Refuses content over the limit with the feature's message, whose argument is the limit in whole megabytes:
     * the one size check of imports, which are read into memory rather than stored as files.
     */
    public static void requireAtMost(byte[] content, long maxBytes, String messageKey) {
        if (content.length > maxBytes) {
            throw new ValidationException(messageKey, megabytes(maxBytes));
        }
    }

    /** A limit in whole megabytes, as messages state it. */
    public static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }

    /** Checks the upload and returns the content type that will be stored for it. */
    public String check(String fileName, byte[] content) {
        String name = fileName.strip();
        if (name.isEmpty() || name.length() > NAME_MAX || UNSAFE.matcher(name).find()) {
            throw new ValidationException("upload.error.name");
        }
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)
                : "";
        if (!EXTENSIONS.contains(extension)) {
            throw new ValidationException("upload.error.type", String.join(", ", EXTENSIONS));
        }
        if (content.length == 0) {
            throw new ValidationException("upload.error.empty");
        }
        if (content.length > maxBytes) {
            throw new ValidationException("upload.error.size", megabytes(maxBytes));
        }
        return switch (extension) {
            case "pdf" -> "application/pdf";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "txt" -> "text/plain";
            case "csv" -> "text/csv";
            default -> "application/octet-stream";
        };
    }
}
