/**
 * What clients send, read strictly and refused precisely: {@link pl.certbank.input.JsonInput} reads a JSON object field
 * by field and names every value of the wrong kind by its JSON pointer (booleans are booleans, integers integers,
 * names one of the allowed ones); {@link pl.certbank.input.CleanText} normalises every text the same way (NFC) and refuses
 * control characters and unpaired surrogates instead of dropping them. What is wrong with the shape of a body is a 400
 * ({@link pl.certbank.input.InputRefusal}); what breaks a documented limit is the receiving component's rule (422).
 * Stored JSON is read through the same reader in its lenient mode.
 */
package pl.certbank.input;
