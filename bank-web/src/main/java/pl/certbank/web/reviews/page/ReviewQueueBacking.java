package pl.certbank.web.reviews.page;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import pl.certbank.qualifications.boundary.Qualifications;
import pl.certbank.reviews.boundary.Reviews;
import pl.certbank.web.faces.Dates;

/** Backs reviews/queue.xhtml: the items waiting for the caller's review, oldest first. */
@Named
@RequestScoped
public class ReviewQueueBacking {

    @Inject
    Reviews reviews;

    @Inject
    Qualifications qualifications;

    private List<Waiting> waiting;

    /** One item in the queue. */
    public record Waiting(long id, String reference, String type, String author, int version, String stem,
            String criteria, String since) {
    }

    public List<Waiting> getWaiting() {
        if (waiting == null) {
            String code = qualifications.defaultCode();
            waiting = reviews.queue(code).stream().map(i -> new Waiting(i.getId(), i.getReference(),
                    i.getType().name(), i.getLatestVersion().getAuthor(), i.getLatestVersion().getNumber(),
                    i.getStemText(), String.join(", ", i.getLatestVersion().criterionCodes()),
                    Dates.shown(i.getUpdatedAt()))).toList();
        }
        return waiting;
    }
}
