/**
 * Peer review of items: the queue of items waiting for a reviewer, approving or returning them with comments, and
 * comment threads per version. The four-eyes rule itself is an invariant of the item (items.entity.Item#approve).
 */
package pl.certbank.reviews;
