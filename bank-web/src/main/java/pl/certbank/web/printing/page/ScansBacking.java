package pl.certbank.web.printing.page;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import pl.certbank.printing.boundary.Scans;
import pl.certbank.printing.entity.ScannedPage;
import pl.certbank.web.faces.Dates;
import pl.certbank.web.faces.Notices;
import pl.certbank.web.printing.api.ScansResource;

/**
 * Backs printing/scans.xhtml: upload a scan (a multi-page PDF or PNG, JPEG, TIFF images) and see what became of each
 * page; the commission's queue of pages with ambiguous marks or short answers to transcribe; recent scans.
 */
@Named
@RequestScoped
public class ScansBacking {

    @Inject
    Scans scans;

    private Part file;
    private List<Scans.Outcome> outcomes;

    /** A scanned page as the lists show it. */
    public record Row(long id, String source, String status, String copy, String page, String uploaded,
            boolean current, String problem) {
        static Row of(ScannedPage p) {
            return new Row(p.getId(), p.getSource(), p.getStatus(), p.getCopy() == null ? "—"
                    : p.getCopy().getNumber() + " (" + p.getCopy().getSlot() + ", job " + p.getCopy().getJob().getId()
                            + ")",
                    p.getPageNumber() == null ? "—" : String.valueOf(p.getPageNumber()),
                    Dates.shown(p.getUploadedAt()) + " · " + p.getUploadedBy(), p.isCurrent(), p.getProblem());
        }
    }

    public void upload() {
        try {
            if (file == null || file.getSize() == 0) {
                Notices.error("printing.scans.noFile");
                return;
            }
            if (file.getSize() > ScansResource.MAX_MB * 1024L * 1024L) {
                Notices.error("printing.scans.tooLarge", ScansResource.MAX_MB);
                return;
            }
            byte[] bytes;
            try (InputStream in = file.getInputStream()) {
                bytes = in.readAllBytes();
            }
            String name = file.getSubmittedFileName() == null ? "scan" : file.getSubmittedFileName();
            outcomes = scans.upload(name.length() > 150 ? name.substring(0, 150) : name, bytes);
            long read = outcomes.stream().filter(o -> "READ".equals(o.status())).count();
            Notices.info("printing.scans.uploaded", outcomes.size(), read);
        } catch (IOException e) {
            Notices.error("printing.scans.noFile");
        } catch (RuntimeException e) {
            Notices.refused(e);
        }
    }

    public List<Scans.Outcome> getOutcomes() {
        return outcomes;
    }

    public List<Row> getQueue() {
        return scans.queue().stream().map(Row::of).toList();
    }

    public List<Row> getRecent() {
        return scans.recent(50).stream().map(Row::of).toList();
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
