package pl.certbank.web.items.page;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import pl.certbank.items.boundary.Items;
import pl.certbank.items.entity.Item;
import pl.certbank.reviews.boundary.Reviews;
import pl.certbank.web.faces.Notices;

/** Backs the lifecycle buttons of items/edit.xhtml: submit, approve, retire (with the forms it would touch). */
@Named
@ViewScoped
public class ItemLifecycleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Items items;

    @Inject
    Reviews reviews;

    @Inject
    EditedItem edited;

    private String retireReason;
    private List<String> formsUsing = List.of();

    public void submit() {
        act(() -> items.submitForReview(edited.getId(), edited.lock()), "items.edit.submitted");
    }

    public void approve() {
        act(() -> reviews.approve(edited.getId(), edited.lock(), null), "items.edit.approved");
    }

    public void prepareRetire() {
        formsUsing = items.formsUsing(edited.getId());
        retireReason = null;
    }

    public void retire() {
        act(() -> items.retire(edited.getId(), edited.lock(), retireReason), "items.edit.retired");
    }

    private void act(Supplier<Item> action, String doneKey) {
        try {
            edited.take(action.get());
            Notices.info(doneKey, edited.getReference());
        } catch (RuntimeException e) {
            Notices.refused(e);
            edited.rereadUnlessRewritten();
        }
    }

    public String getRetireReason() {
        return retireReason;
    }

    public void setRetireReason(String retireReason) {
        this.retireReason = retireReason;
    }

    public List<String> getFormsUsing() {
        return formsUsing;
    }
}
