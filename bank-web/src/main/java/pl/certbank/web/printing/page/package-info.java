/** Pages of printing: print jobs with their progress and downloads, scans, and one scanned page's review. */
package pl.certbank.web.printing.page;
