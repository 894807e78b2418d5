/**
 * Paper tests: from the very published snapshot and variant seeds that exam clients get, a booklet, an answer sheet
 * and the commission's key per variant or per copy ({@code control.BookletPdf}, {@code control.AnswerSheetPdf},
 * {@code control.KeyPdf}, all byte-identical for the same input: {@code control.PaperPdf}); print jobs of individually
 * shuffled copies made in the background, each copy's seed stored first and every file's SHA-256 recorded
 * ({@code boundary.Printing}, {@code control.PrintRuns}, {@code control.PrintBundle}); and scanning back: every page
 * matched to its copy by its QR code, every bubble's darkness measured and stored ({@code control.SheetReader},
 * thresholds in {@code control.Mark}), ambiguous marks decided by the commission, and complete copies scored by the
 * delivery scoring code as attempts of their session ({@code boundary.Scans}, {@code control.PaperResponses}).
 * docs/adr/0013.
 */
package pl.certbank.printing;
