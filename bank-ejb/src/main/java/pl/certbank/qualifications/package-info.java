/**
 * The qualification framework: qualification, outcome sets ("zestawy"), learning outcomes ("efekty uczenia się") and
 * verification criteria ("kryteria weryfikacji") with the verbatim text of the official announcement. Every item is
 * tagged to criteria, and blueprints count them, so the framework is the backbone of the bank. Frameworks come from
 * data files (one per ZSK qualification) through a general importer, never from code.
 */
package pl.certbank.qualifications;
