package no.samspill.platform.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/** Vaadin's upload speaks English by default; every upload in the portal gets the reader's language instead. */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static Upload translate(Upload upload) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(upload.getTranslation("upload.add-one"))
                .setMany(upload.getTranslation("upload.add-many")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(upload.getTranslation("upload.drop-one"))
                .setMany(upload.getTranslation("upload.drop-many")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(upload.getTranslation("upload.too-big"))
                .setIncorrectFileType(upload.getTranslation("upload.wrong-type"))
                .setTooManyFiles(upload.getTranslation("upload.too-many")));
        upload.setI18n(i18n);
        return upload;
    }
}
