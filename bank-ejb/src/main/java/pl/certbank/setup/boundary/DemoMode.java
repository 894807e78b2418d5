package pl.certbank.setup.boundary;

/** Demo mode ({@code -Dcertbank.demo=true} or CERTBANK_DEMO=true) creates demo users and a sample bank. */
public final class DemoMode {

    private DemoMode() {
    }

    public static boolean isOn() {
        return Boolean.parseBoolean(System.getProperty("certbank.demo", System.getenv("CERTBANK_DEMO")));
    }
}
