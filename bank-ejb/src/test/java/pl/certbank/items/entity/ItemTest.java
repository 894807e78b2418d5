package pl.certbank.items.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pl.certbank.items.entity.answers.TrueFalse;
import pl.certbank.refusals.Kind;
import pl.certbank.refusals.Refusal;

class ItemTest {

    private final Item item = new Item(null, "CRM-T1", "ewa");

    private ItemVersion write(String author, String stem) {
        ItemContent content = new ItemContent(stem, new TrueFalse(true), null, Set.of("Z1.3.2"), Difficulty.EASY,
                null, null, List.of(), null, "pl");
        return item.revise(content, List.of(), author);
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
        var refusal = assertThrows(Refusal.class, () -> item.approve("jan", null));
        assertEquals(ItemRefusal.FOUR_EYES, refusal.reason());
        assertEquals(Kind.FORBIDDEN, refusal.kind());
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
        refused(ItemRefusal.RETURN_NEEDS_COMMENT, () -> item.returnToDraft("jan", " "));
        item.returnToDraft("jan", "Dystraktor C jest niejednoznaczny");
        assertEquals(ItemStatus.DRAFT, item.getStatus());
        assertEquals("Dystraktor C jest niejednoznaczny", item.getTransitions().get(2).getReason());
    }

    @Test
    void transitionsOutOfOrderAreRefused() {
        write("ewa", "v1");
        refused(ItemRefusal.CANNOT_APPROVE, () -> item.approve("jan", null));
        item.submitForReview("ewa");
        refused(ItemRefusal.CANNOT_SUBMIT, () -> item.submitForReview("ewa"));
    }

    @Test
    void retiredItemsNeedAReasonAndCannotBeEditedOrUsed() {
        write("ewa", "v1");
        item.submitForReview("ewa");
        item.approve("jan", null);
        refused(ItemRefusal.RETIRE_NEEDS_REASON, () -> item.retire("jan", ""));
        item.retire("jan", "Nieaktualny stan prawny");
        assertEquals(ItemStatus.RETIRED, item.getStatus());
        assertEquals("Nieaktualny stan prawny", item.getRetiredReason());
        assertTrue(!item.isAvailableForForms());
        refused(ItemRefusal.RETIRED_CANNOT_BE_EDITED, () -> write("ewa", "v2"));
        refused(ItemRefusal.RETIRED_ALREADY, () -> item.retire("jan", "again"));
    }

    @Test
    void enemiesAreMutual() {
        Item other = new Item(null, "CRM-T2", "ewa");
        item.addEnemy(other);
        assertTrue(other.getEnemies().contains(item));
        item.removeEnemy(other);
        assertTrue(other.getEnemies().isEmpty());
        refused(ItemRefusal.OWN_ENEMY, () -> item.addEnemy(item));
    }

    private static void refused(ItemRefusal expected, org.junit.jupiter.api.function.Executable action) {
        assertEquals(expected, assertThrows(Refusal.class, action).reason());
    }
}
