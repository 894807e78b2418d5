package pl.certbank.web.items.page;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import pl.certbank.items.boundary.Images;
import pl.certbank.items.control.ImageRules;
import pl.certbank.items.control.ImageRefusal;
import pl.certbank.refusals.Refusal;
import pl.certbank.web.faces.Notices;
import pl.certbank.items.entity.ItemImage;

/**
 * Backs the image upload beside the stem editor (WEB-INF/includes/stem-image.xhtml): stores the file through the
 * {@link Images} boundary and hands the stored image's address to the page, which inserts it at the cursor. The
 * editor's unsaved text stays in the browser; nothing about the item changes until the author saves it.
 */
@Named
@RequestScoped
public class StemImageUpload {

    @Inject
    Images images;

    /** The size limit in bytes, for the upload's own check in the browser. */
    public int getMaxBytes() {
        return ImageRules.configured().maxBytes(); // a system property: no boundary call per EL evaluation
    }

    /** What the upload takes, with the limit in MiB. */
    public String getHint() {
        return Notices.text("items.edit.image.hint", mebibytes(getMaxBytes()));
    }

    /** What the browser says when a file is over the limit before sending it. */
    public String getTooLargeMessage() {
        return Notices.text("items.edit.image.tooLarge", mebibytes(getMaxBytes()));
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try (InputStream content = file.getInputStream()) {
            ItemImage image = images.upload(content, file.getContentType());
            PrimeFaces.current().ajax().addCallbackParam("imageUrl", image.stemUrl());
            PrimeFaces.current().ajax().addCallbackParam("imageAlt", altText(file.getFileName()));
            Notices.info("items.edit.image.inserted", file.getFileName());
        } catch (RuntimeException e) {
            // The page words an upload refusal with the file's name; anything else the one way refusals are shown.
            var refusal = Refusal.in(e).filter(r -> r.reason() instanceof ImageRefusal);
            if (refusal.isPresent()) {
                Notices.error("items.edit.image.refused." + refusal.get().reason().name(), file.getFileName(),
                        mebibytes(getMaxBytes()));
            } else {
                Notices.refused(e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A first alternative text from the file name ("wykres_popytu.png" → "wykres popytu"); authors may refine it. */
    static String altText(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "");
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).replaceAll("[_-]+", " ").strip();
    }

    private static String mebibytes(int bytes) {
        return new BigDecimal(bytes).divide(new BigDecimal(1024 * 1024), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
