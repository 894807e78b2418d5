/**
 * Test forms assembled from approved items. Only the tables and the mapping of a form's slots exist so far: each slot
 * pins one exact item version, which is how retiring or editing an item can never change a form that used it.
 */
package pl.certbank.assembly;
