package pl.certbank.items.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ItemTest {

    private final Item item = new Item(null, "CRM-T1", "ewa");

    private ItemVersion write(String author, String stem) {
        ItemContent content = new ItemContent(ItemType.TRUE_FALSE, stem, Answer.trueFalse(true), null,
                Set.of("Z1.3.2"), Difficulty.EASY, null, null, List.of(), null, "pl");
        return item.revise(content, "{}", List.of(), author, stem, java.util.Set.of(stem.toLowerCase()));
    }

    @Test
    void newItemIsADraftWithVersionOne() {
        ItemVersion first = write("ewa", "Dane osobowe to informacje o osobie.");
        assertEquals(ItemStatus.DRAFT, item.getStatus());
        assertEquals(1, first.getNumber());
        assertSame(first, item.getLatestVersion());
        assertNull(item.getApprovedVersion());
    }

    @Test
    void reviewedByAnotherPersonBecomesApproved() {
        write("ewa", "v1");
        item.submitForReview("ewa");
        item.approve("jan", "Poprawne");
        assertEquals(ItemStatus.APPROVED, item.getStatus());
        assertEquals(1, item.getApprovedVersion().getNumber());
        assertTrue(item.isAvailableForForms());
        assertEquals(List.of(ItemStatus.DRAFT, ItemStatus.IN_REVIEW, ItemStatus.APPROVED),
                item.getTransitions().stream().map(ItemTransition::getTo).toList());
        assertEquals("jan", item.getTransitions().get(2).getActor());
    }

    @Test
    void nobodyApprovesWhatTheyWroteOrEdited() {
        write("ewa", "v1");
        item.submitForReview("ewa");
        item.approve("jan", null);
        write("jan", "v2 by the reviewer");
        item.submitForReview("jan");
        var refusal = assertThrows(ItemRuleViolation.class, () -> item.approve("jan", null));
        assertEquals(ItemRuleViolation.Kind.FOUR_EYES, refusal.getKind());
        assertEquals(ItemStatus.IN_REVIEW, item.getStatus());
        item.approve("ewa", null);
        assertEquals(2, item.getApprovedVersion().getNumber());
    }

    @Test
    void editingAnApprovedItemKeepsTheApprovedVersionUntilTheNewOneIsApproved() {
        write("ewa", "v1");
        item.submitForReview("ewa");
        item.approve("jan", null);
        write("ewa", "v2");
        assertEquals(ItemStatus.DRAFT, item.getStatus());
        assertEquals(1, item.getApprovedVersion().getNumber());
        assertEquals(2, item.getLatestVersion().getNumber());
        assertTrue(item.isAvailableForForms());
    }

    @Test
    void returnToAuthorNeedsACommentAndGivesADraft() {
        write("ewa", "v1");
        item.submitForReview("ewa");
        assertThrows(ItemRuleViolation.class, () -> item.returnToDraft("jan", " "));
        item.returnToDraft("jan", "Dystraktor C jest niejednoznaczny");
        assertEquals(ItemStatus.DRAFT, item.getStatus());
        assertEquals("Dystraktor C jest niejednoznaczny", item.getTransitions().get(2).getReason());
    }

    @Test
    void transitionsOutOfOrderAreRefused() {
        write("ewa", "v1");
        assertThrows(ItemRuleViolation.class, () -> item.approve("jan", null));
        item.submitForReview("ewa");
        assertThrows(ItemRuleViolation.class, () -> item.submitForReview("ewa"));
    }

    @Test
    void retiredItemsNeedAReasonAndCannotBeEditedOrUsed() {
        write("ewa", "v1");
        item.submitForReview("ewa");
        item.approve("jan", null);
        assertThrows(ItemRuleViolation.class, () -> item.retire("jan", ""));
        item.retire("jan", "Nieaktualny stan prawny");
        assertEquals(ItemStatus.RETIRED, item.getStatus());
        assertEquals("Nieaktualny stan prawny", item.getRetiredReason());
        assertTrue(!item.isAvailableForForms());
        assertThrows(ItemRuleViolation.class, () -> write("ewa", "v2"));
        assertThrows(ItemRuleViolation.class, () -> item.retire("jan", "again"));
    }

    @Test
    void enemiesAreMutual() {
        Item other = new Item(null, "CRM-T2", "ewa");
        item.addEnemy(other);
        assertTrue(other.getEnemies().contains(item));
        item.removeEnemy(other);
        assertTrue(other.getEnemies().isEmpty());
        assertThrows(ItemRuleViolation.class, () -> item.addEnemy(item));
    }
}
