/** The coverage page (statistics/coverage.xhtml): a matrix by learning outcome and a bar chart with a text table. */
package pl.certbank.web.statistics.page;
