package pl.certbank.qualifications.control;

/** A qualification data file that cannot be loaded; the message names the file and the line or field at fault. */
public class QualificationFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public QualificationFileException(String message) {
        super(message);
    }

    public QualificationFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
