package pl.certbank.items.entity;

/** Where an item's working version stands; RETIRED applies to the whole item. */
public enum ItemStatus {
    DRAFT,
    IN_REVIEW,
    APPROVED,
    RETIRED
}
