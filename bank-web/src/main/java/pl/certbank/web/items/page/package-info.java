/**
 * The experts' item pages: items/list.xhtml (filters, bulk actions), items/edit.xhtml (content, lifecycle and
 * relations, each with its own backing bean over the one {@link pl.certbank.web.items.page.EditedItem}),
 * items/history.xhtml (versions side by side). Each answer type has its editor model here
 * ({@link pl.certbank.web.items.page.AnswerEditor}) and its fragments in WEB-INF/answers/&lt;kind&gt;/.
 */
package pl.certbank.web.items.page;
