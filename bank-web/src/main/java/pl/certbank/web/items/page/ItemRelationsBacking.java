package pl.certbank.web.items.page;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import pl.certbank.items.boundary.Items;
import pl.certbank.web.faces.Notices;

/**
 * Backs the relations of items/edit.xhtml: enemies (by reference) and family, saved together with the revision the
 * page holds, so that they too are refused as stale when someone else changed the item.
 */
@Named
@ViewScoped
public class ItemRelationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Items items;

    @Inject
    EditedItem edited;

    private String enemies;
    private String family;
    private boolean read;

    public void save() {
        try {
            edited.take(items.relate(edited.getId(), edited.lock(),
                    Arrays.asList(getEnemies().split("[,;\\s]+")), getFamily()));
            enemies = edited.enemies();
            family = edited.family();
            Notices.info("items.edit.relationsSaved");
        } catch (RuntimeException e) {
            Notices.refused(e);
        }
    }

    /** What the page shows first: the relations as the item had them when the page read it. */
    private void readOnce() {
        if (!read && edited.exists()) {
            enemies = edited.enemies();
            family = edited.family();
            read = true;
        }
    }

    public String getEnemies() {
        readOnce();
        return enemies == null ? "" : enemies;
    }

    public void setEnemies(String enemies) {
        read = true;
        this.enemies = enemies == null ? "" : enemies;
    }

    public String getFamily() {
        readOnce();
        return family;
    }

    public void setFamily(String family) {
        read = true;
        this.family = family;
    }
}
