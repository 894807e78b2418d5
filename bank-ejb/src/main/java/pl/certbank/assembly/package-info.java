/**
 * Test forms assembled from approved items. Only the tables and the mapping of a form's slots exist so far: each slot
 * pins one exact item version, which is how retiring or editing an item can never change a form that used it. The
 * component answers the items component's {@link pl.certbank.items.control.ItemUse} ("which forms use this item"), so
 * that items never reads the form tables.
 */
package pl.certbank.assembly;
