package no.samspill.marketdialogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "dialogue_file_content")
public class FileContent {

    @Id
    @Column(name = "file_id")
    private long fileId;

    @Column(nullable = false, columnDefinition = "LONGBLOB")
    private byte[] content = new byte[0];

    protected FileContent() {
    }

    public FileContent(long fileId, byte[] content) {
        this.fileId = fileId;
        this.content = content.clone();
    }

    public byte[] getContent() {
        return content.clone();
    }
}
