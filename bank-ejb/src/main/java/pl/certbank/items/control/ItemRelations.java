package pl.certbank.items.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import pl.certbank.audit.control.AuditTrail;
import pl.certbank.items.entity.Item;
import pl.certbank.items.entity.ItemRefusal;
import pl.certbank.refusals.Refusal;

/**
 * An item's enemies (never in one form with it; kept on both items) and family (variants of one question, at most one
 * per form), replaced together and audited when they change.
 */
@Dependent
public class ItemRelations {

    @Inject
    AuditTrail audit;

    /** More enemies than this is a mistake, not a relation: no form could ever be assembled around them. */
    public static final int MAX_ENEMIES = 200;

    /** Replaces the relations; returns the other items whose enemy lists changed. */
    public Set<Item> relate(Item item, Collection<Item> enemies, String family, String actor) {
        if (enemies.size() > MAX_ENEMIES) {
            throw Refusal.of(ItemRefusal.TOO_MANY_ENEMIES, MAX_ENEMIES, enemies.size());
        }
        String enemiesBefore = references(item);
        String familyBefore = item.getFamily();
        Set<Item> changed = new HashSet<>(item.getEnemies());
        changed.addAll(enemies);
        changed.removeIf(other -> item.getEnemies().contains(other) && enemies.contains(other));
        List.copyOf(item.getEnemies()).forEach(item::removeEnemy);
        enemies.forEach(item::addEnemy);
        item.setFamily(family);
        if (!enemiesBefore.equals(references(item))) {
            audit.record(ItemAudit.related(actor, "ENEMIES", item.getId(), enemiesBefore, references(item)));
        }
        if (!Objects.equals(familyBefore, item.getFamily())) {
            audit.record(ItemAudit.related(actor, "FAMILY", item.getId(), familyBefore, item.getFamily()));
        }
        return changed;
    }

    private static String references(Item item) {
        return item.getEnemies().stream().map(Item::getReference).sorted().toList().toString();
    }
}
