package pl.certbank.reviews.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import pl.certbank.items.control.ItemLifecycle;
import pl.certbank.items.control.ItemLookup;
import pl.certbank.items.entity.Item;
import pl.certbank.items.entity.ItemStatus;
import pl.certbank.items.entity.ItemVersion;
import pl.certbank.refusals.Refusal;
import pl.certbank.reviews.entity.ReviewComment;
import pl.certbank.reviews.entity.ReviewRefusal;
import pl.certbank.security.entity.Roles;

/** The review desk: the queue, approval under the four-eyes rule, returning with comments, comment threads. */
@Stateless
@RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
public class Reviews {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    ItemLookup lookup;

    @Inject
    ItemLifecycle lifecycle;

    /** Items waiting for review, oldest first; those the caller wrote are left out (they cannot approve them). */
    public List<Item> queue(String qualificationCode) {
        return em.createQuery("SELECT i FROM Item i WHERE i.qualification.code = :q AND i.status = :inReview "
                + "AND NOT EXISTS (SELECT v FROM ItemVersion v WHERE v.item = i AND v.author = :me AND "
                + "(i.approvedVersion IS NULL OR v.number > i.approvedVersion.number)) ORDER BY i.updatedAt",
                Item.class).setParameter("q", qualificationCode).setParameter("inReview", ItemStatus.IN_REVIEW)
                .setParameter("me", actor())
                // The queue shows each item's latest version and its criteria: read them for all rows at once.
                .setHint("eclipselink.batch", "i.latestVersion")
                .setHint("eclipselink.batch", "i.latestVersion.criteria")
                .getResultList();
    }

    /** Approves the version under review; the four-eyes rule refuses it to anyone who wrote or edited it. */
    public Item approve(long itemId, Long expectedLock, String comment) {
        checkLength(comment);
        Item item = lifecycle.approve(lookup.lockedAt(itemId, expectedLock), actor(), comment);
        if (comment != null && !comment.isBlank()) {
            em.persist(new ReviewComment(item.getLatestVersion(), null, actor(), comment.strip()));
        }
        return item;
    }

    /** Sends the item back to its author as a draft, with the reviewer's comment (required). */
    public Item returnToAuthor(long itemId, Long expectedLock, String comment) {
        checkLength(comment);
        Item item = lifecycle.returnToAuthor(lookup.lockedAt(itemId, expectedLock), actor(), comment);
        em.persist(new ReviewComment(item.getLatestVersion(), null, actor(), comment.strip()));
        return item;
    }

    /** Adds a comment to a version, or a reply to another comment on it. Authors may answer their reviewers. */
    @RolesAllowed({Roles.REVIEWER, Roles.AUTHOR, Roles.ADMIN})
    public ReviewComment comment(long itemId, int versionNumber, Long parentId, String text) {
        if (text == null || text.isBlank()) {
            throw Refusal.of(ReviewRefusal.EMPTY_COMMENT);
        }
        if (text.strip().length() > ReviewComment.MAX_TEXT) {
            throw Refusal.of(ReviewRefusal.COMMENT_TOO_LONG, ReviewComment.MAX_TEXT, text.strip().length());
        }
        ItemVersion version = lookup.version(itemId, versionNumber);
        ReviewComment parent = parentId == null ? null : em.find(ReviewComment.class, parentId);
        if (parentId != null && (parent == null || !parent.getVersion().getItem().getId().equals(itemId))) {
            throw Refusal.of(ReviewRefusal.NO_SUCH_COMMENT, parentId);
        }
        ReviewComment comment = new ReviewComment(version, parent, actor(), text.strip());
        em.persist(comment);
        return comment;
    }

    /** All comments on all versions of the item, oldest first; replies carry their parent. */
    @RolesAllowed({Roles.REVIEWER, Roles.AUTHOR, Roles.DESIGNER, Roles.ADMIN})
    public List<ReviewComment> comments(long itemId) {
        return em.createQuery("SELECT c FROM ReviewComment c WHERE c.version.item.id = :id "
                + "ORDER BY c.createdAt, c.id", ReviewComment.class).setParameter("id", itemId).getResultList();
    }

    private static void checkLength(String comment) {
        if (comment != null && comment.strip().length() > ReviewComment.MAX_TEXT) {
            throw Refusal.of(ReviewRefusal.COMMENT_TOO_LONG, ReviewComment.MAX_TEXT, comment.strip().length());
        }
    }

    private String actor() {
        return caller.getCallerPrincipal().getName();
    }
}
