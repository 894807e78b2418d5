/**
 * The editor's model of each kind of answer, one class per kind beside its fragments in WEB-INF/answers/&lt;kind&gt;/
 * (editor.xhtml, candidate.xhtml, key.xhtml). Each class registers itself with a nested
 * {@link pl.certbank.web.items.page.answers.AnswerEditor.Kind} bean, which {@link
 * pl.certbank.web.items.page.answers.AnswerEditors} finds; nothing else lists the kinds.
 */
package pl.certbank.web.items.page.answers;
