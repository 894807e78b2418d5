package pl.certbank.web.items.page;

import java.io.Serializable;
import pl.certbank.items.control.ItemRow;
import pl.certbank.web.faces.Dates;

/** One row of the item list page (getters, so that the data table can sort and select by them). */
public class ItemListRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String reference;
    private final String status;
    private final String type;
    private final String difficulty;
    private final String criteria;
    private final String stem;
    private final String author;
    private final String updated;

    ItemListRow(ItemRow i) {
        id = i.id();
        reference = i.reference();
        status = i.status().name();
        type = i.type().name();
        difficulty = i.difficulty() == null ? "" : i.difficulty().name();
        criteria = String.join(", ", i.criteria());
        stem = i.stem().length() > 140 ? i.stem().substring(0, 139) + "…" : i.stem();
        author = i.author();
        updated = Dates.shown(i.updatedAt());
    }

    public long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getStatus() {
        return status;
    }

    public String getType() {
        return type;
    }

    public String getDifficulty() {
        return difficulty;
    }

    public String getCriteria() {
        return criteria;
    }

    public String getStem() {
        return stem;
    }

    public String getAuthor() {
        return author;
    }

    public String getUpdated() {
        return updated;
    }
}
