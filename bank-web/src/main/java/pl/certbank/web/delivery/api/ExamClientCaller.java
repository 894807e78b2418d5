package pl.certbank.web.delivery.api;

import jakarta.enterprise.context.RequestScoped;
import pl.certbank.delivery.control.DeliveryTokens;

/** The exam client that this request's bearer token proved ({@link ExamClientTokens} sets it). */
@RequestScoped
public class ExamClientCaller {

    private DeliveryTokens.Caller caller;

    void set(DeliveryTokens.Caller proved) {
        this.caller = proved;
    }

    DeliveryTokens.Caller get() {
        if (caller == null) {
            throw new IllegalStateException("no bearer token was checked for this request");
        }
        return caller;
    }
}
