package pl.certbank.web.items.page;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import java.util.stream.Collectors;
import pl.certbank.items.boundary.Items;
import pl.certbank.items.entity.Item;
import pl.certbank.items.entity.ItemStatus;
import pl.certbank.security.entity.Roles;
import pl.certbank.web.faces.Notices;

/**
 * The item items/edit.xhtml is about, as this page last saw it: the revision its writes send back (so that a
 * concurrent edit is refused instead of overwritten), its status and version, its relations. The content, lifecycle
 * and relations beans of the page share it.
 */
@Named
@ViewScoped
public class EditedItem implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Items items;

    private String idParameter;
    private boolean missing;
    private VersionDisplay saved;
    private String enemies = "";
    private String family;

    /** The item the page's {@code id} names; empty for a new item, and also (with a message) when there is none. */
    Optional<Item> load() {
        if (idParameter == null || idParameter.isBlank()) {
            return Optional.empty();
        }
        Optional<Item> item = VersionDisplay.find(items, idParameter);
        if (item.isEmpty()) {
            missing = true;
            Notices.error("items.error.notFound");
        } else {
            take(item.get());
        }
        return item;
    }

    /** Takes the state a write of this page left (revision, status, version, relations). */
    void take(Item item) {
        saved = VersionDisplay.of(item);
        family = item.getFamily();
        enemies = enemiesOf(item);
    }

    /**
     * Shows the item's current status and revision, unless someone else saved a new version or changed its relations
     * since the page read it: taking that revision would let the page's next save overwrite the other change unseen.
     * The old revision stays, so the next save is refused as stale and the author reloads.
     */
    void rereadUnlessRewritten() {
        Item item = items.find(saved.id());
        if (item.getLatestVersion().getNumber() == saved.version() && enemies.equals(enemiesOf(item))
                && java.util.Objects.equals(family, item.getFamily())) {
            take(item);
        } else {
            Notices.error("items.error.stale");
        }
    }

    private static String enemiesOf(Item item) {
        return item.getEnemies().stream().map(Item::getReference).sorted().collect(Collectors.joining(", "));
    }

    boolean exists() {
        return saved != null;
    }

    long lock() {
        return saved.lock();
    }

    VersionDisplay saved() {
        return saved;
    }

    String enemies() {
        return enemies;
    }

    String family() {
        return family;
    }

    public boolean isMayWrite() {
        var ext = FacesContext.getCurrentInstance().getExternalContext();
        return ext.isUserInRole(Roles.AUTHOR) || ext.isUserInRole(Roles.ADMIN);
    }

    public boolean isMayApprove() {
        var ext = FacesContext.getCurrentInstance().getExternalContext();
        return getStatus() == ItemStatus.IN_REVIEW && (ext.isUserInRole(Roles.REVIEWER)
                || ext.isUserInRole(Roles.ADMIN));
    }

    /** The item's id; null for a new item. */
    public Long getId() {
        return saved == null ? null : saved.id();
    }

    public String getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(String idParameter) {
        this.idParameter = idParameter;
    }

    /** True when the page's id names no item: the page says so instead of offering an empty form. */
    public boolean isMissing() {
        return missing;
    }

    public String getReference() {
        return saved == null ? null : saved.reference();
    }

    public ItemStatus getStatus() {
        return saved == null ? null : saved.status();
    }

    public int getVersion() {
        return saved == null ? 0 : saved.version();
    }
}
