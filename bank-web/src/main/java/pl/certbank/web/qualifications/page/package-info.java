/** The qualification framework as a tree: qualifications/framework.xhtml. */
package pl.certbank.web.qualifications.page;
