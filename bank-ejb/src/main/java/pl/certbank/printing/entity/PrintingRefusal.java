package pl.certbank.printing.entity;

import pl.certbank.refusals.Kind;
import pl.certbank.refusals.Reason;

/** Why printing or scanning refuses a request; {0}, {1}... are the arguments each refusal carries. */
public enum PrintingRefusal implements Reason {
    JOB_NOT_FOUND(Kind.NOT_FOUND, "No print job has the id {0}"),
    NOT_FAILED(Kind.WRONG_STATE, "Print job {0} is {1}: only a failed job is retried"),
    FILE_NOT_READY(Kind.WRONG_STATE, "Print job {0} is {1}: its files are there once it is DONE"),
    SESSION_NOT_PAPER(Kind.WRONG_STATE, "Session {0} is sat on screen: only paper sessions are printed"),
    SESSION_NOT_FOUND(Kind.NOT_FOUND, "No session has the id {0}"),
    TARGET(Kind.BAD_INPUT, "A print job names a session, or a form (and optionally one of its variants), not both"),
    COPIES(Kind.BAD_INPUT, "A print job has 1 to {0} copies, not {1}"),
    COPIES_OF_SESSION(Kind.BAD_INPUT, "Session {0} expects {1} candidates: a job of it has 1 to {1} copies, not {2}"),
    SESSION_PRINTED(Kind.WRONG_STATE, "Session {0} has {1} printed copies of the {2} it expects"),
    TOO_MANY_JOBS(Kind.CONFLICT, "{0} print jobs are queued or running; start another when one has finished"),
    UPLOAD_EMPTY(Kind.BAD_INPUT, "Upload the scanned pages as one file: a PDF, PNG, JPEG or TIFF"),
    UPLOAD_TOO_LARGE(Kind.TOO_LARGE, "A scan upload is at most {0} MB"),
    UPLOAD_TYPE(Kind.UNSUPPORTED, "A scan is a PDF, PNG, JPEG or TIFF file, not {0}"),
    UPLOAD_UNREADABLE(Kind.BAD_INPUT, "The scan {0} cannot be read as an image: {1}"),
    UPLOAD_PAGES(Kind.BAD_INPUT, "One upload holds at most {0} pages (this one {1})"),
    UPLOAD_PIXELS(Kind.BAD_INPUT, "A scanned page is at most {0} megapixels (300 dpi A4 is 8.7); page {1} has {2}"),
    PAGE_NOT_FOUND(Kind.NOT_FOUND, "No scanned page has the id {0}"),
    PAGE_NOT_READ(Kind.WRONG_STATE, "Scanned page {0} was not read ({1}): scan it again"),
    PAGE_REPLACED(Kind.WRONG_STATE, "Scanned page {0} was replaced by a newer scan of the same page"),
    BUBBLE(Kind.BAD_INPUT, "Page {0} has bubbles 0 to {1}, not {2}"),
    MARK(Kind.BAD_INPUT, "A decided mark is MARKED or EMPTY, not {0}"),
    NOT_SHORT_ANSWER(Kind.BAD_INPUT, "Item {0} on page {1} is not a short-answer item of that page"),
    ANSWER_TEXT(Kind.BAD_INPUT, "A short answer as written is at most {0} characters"),
    COPY_SCORED(Kind.WRONG_STATE, "Copy {0} was scored already (attempt {1}); its result is corrected by an appeal"),
    NO_VARIANT(Kind.NOT_FOUND, "Form {0} has no variant {1}"),
    SESSION_CLOSED(Kind.FORBIDDEN, "Session {0} closed at {1}: its sheets are not printed any more"),
    WITHDRAWN(Kind.WRONG_STATE, "Form {0} was withdrawn: it is not printed any more");

    private final Kind kind;
    private final String english;

    PrintingRefusal(Kind kind, String english) {
        this.kind = kind;
        this.english = english;
    }

    @Override
    public Kind kind() {
        return kind;
    }

    @Override
    public String english() {
        return english;
    }
}
