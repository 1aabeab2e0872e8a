package no.samspill.platform.files;

import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.samspill.platform.i18n.SamspillException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class LimitedUploadTest {

    private static final long LIMIT = 26_214_400; // the portal's default samspill.upload.max-bytes
    private static final long SENT = 300L * 1024 * 1024;

    private final List<SamspillException> refusals = new ArrayList<>();
    private final List<ReceivedFile> received = new ArrayList<>();

    @Test
    void a_body_over_the_limit_is_refused_and_reading_stops_just_past_it_with_the_heap_flat() throws IOException {
        long before = usedHeapAfterGc();
        Body body = new Body(SENT, before);
        // a raw upload need not declare its size (-1), and a declared one can lie: the handler counts
        UploadEvent event = event("stor.pdf", -1, body);

        handler(LIMIT).handleUploadRequest(event);

        long growth = body.peakHeap - before;
        System.out.printf("LimitedUpload: %d MB sent against a %d MB limit; read %d bytes; peak heap growth %d KB%n",
                SENT / (1024 * 1024), LIMIT / (1024 * 1024), body.read, growth / 1024);
        assertThat(event.isRejected()).isTrue();
        assertThat(event.getRejectionMessage()).isEqualTo("upload.error.size");
        assertThat(refusals).extracting(SamspillException::messageKey).containsExactly("upload.error.size");
        assertThat(received).isEmpty();
        assertThat(body.read).isGreaterThan(LIMIT).isLessThanOrEqualTo(LIMIT + 64 * 1024);
        assertThat(growth).isLessThan(32L * 1024 * 1024);
    }

    @Test
    void a_declared_size_over_the_limit_is_refused_before_a_byte_is_read() throws IOException {
        Body body = new Body(SENT, 0);
        UploadEvent event = event("stor.pdf", SENT, body);

        handler(LIMIT).handleUploadRequest(event);

        assertThat(event.isRejected()).isTrue();
        assertThat(body.read).isZero();
        assertThat(received).isEmpty();
    }

    @Test
    void a_file_within_the_limit_reaches_the_receiver_whole_and_its_temporary_copy_is_deleted() throws IOException {
        byte[] content = "%PDF-1.4 innhold".getBytes(StandardCharsets.UTF_8);
        List<byte[]> seen = new ArrayList<>();
        LimitedUpload handler = new LimitedUpload(content.length, file -> {
            received.add(file);
            seen.add(file.bytes());
        }, this::refuse);

        handler.handleUploadRequest(event("liten.pdf", content.length, new java.io.ByteArrayInputStream(content)));

        assertThat(refusals).isEmpty();
        assertThat(received).extracting(ReceivedFile::fileName, ReceivedFile::size)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("liten.pdf", (long) content.length));
        assertThat(seen.getFirst()).isEqualTo(content);
        Path copy = received.getFirst().path();
        assertThat(Files.exists(copy)).isFalse();
    }

    @Test
    void a_refusal_by_the_receiver_is_told_to_the_user_and_the_copy_is_deleted() throws IOException {
        List<Path> copies = new ArrayList<>();
        LimitedUpload handler = new LimitedUpload(LIMIT, file -> {
            copies.add(file.path());
            throw new no.samspill.platform.i18n.ValidationException("upload.error.type", "pdf");
        }, this::refuse);
        UploadEvent event = event("virus.exe", 3, new java.io.ByteArrayInputStream(new byte[] {1, 2, 3}));

        handler.handleUploadRequest(event);

        assertThat(event.getRejectionMessage()).isEqualTo("upload.error.type");
        assertThat(copies).singleElement().satisfies(p -> assertThat(Files.exists(p)).isFalse());
    }

    private LimitedUpload handler(long limit) {
        return new LimitedUpload(limit, received::add, this::refuse);
    }

    private String refuse(SamspillException reason) {
        refusals.add(reason);
        return reason.messageKey();
    }

    private static UploadEvent event(String name, long declared, InputStream body) throws IOException {
        Part part = mock(Part.class);
        when(part.getInputStream()).thenReturn(body);
        return new UploadEvent(null, null, null, name, declared, "application/octet-stream", null, part);
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    /**
     * A request body generated as it is read, never held: it also samples the heap every megabyte, so a handler
     * that kept what it read would show here while it reads.
     */
    private static final class Body extends InputStream {

        private final long size;
        private long read;
        private long peakHeap;
        private long nextSample;

        Body(long size, long start) {
            this.size = size;
            this.peakHeap = start;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            read++;
            sample();
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - read);
            Arrays.fill(b, off, off + n, (byte) 'x');
            read += n;
            sample();
            return n;
        }

        private void sample() {
            if (read >= nextSample) {
                Runtime rt = Runtime.getRuntime();
                peakHeap = Math.max(peakHeap, rt.totalMemory() - rt.freeMemory());
                nextSample += 1024 * 1024;
            }
        }
    }
}
