package pl.certbank.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The EAR exactly as the build made it (the bank-ear artifact this module depends on, passed in as {@code bank.ear}),
 * optionally with in-container test classes.
 */
public final class BankDeployment {

    private static final String WAR = "bank-web.war";
    private static final String WEB_XML = "WEB-INF/web.xml";

    private BankDeployment() {
    }

    public static EnterpriseArchive asBuilt() {
        String path = System.getProperty("bank.ear");
        File ear = path == null ? null : new File(path);
        if (ear == null || !ear.isFile()) {
            throw new IllegalStateException("The EAR (" + path + ") is missing: run the tests with Maven from the top "
                    + "(mvn verify), which builds it and passes its path as bank.ear");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /** The EAR with the given classes added to its WAR, where Arquillian runs in-container tests. */
    public static EnterpriseArchive withTestClasses(Class<?>... classes) {
        EnterpriseArchive ear = asBuilt();
        WebArchive war = ear.getAsType(WebArchive.class, WAR);
        war.addClasses(classes);
        openTestRunner(war);
        ear.delete(WAR);
        ear.addAsModule(war);
        return ear;
    }

    /**
     * Arquillian's servlet protocol calls its runner servlet without credentials; the application protects every
     * path, so the test copy of web.xml leaves that one path open. Nothing else about security changes.
     */
    private static void openTestRunner(WebArchive war) {
        String webXml;
        try (InputStream in = war.get(WEB_XML).getAsset().openStream()) {
            webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String open = "<security-constraint><web-resource-collection><web-resource-name>arquillian</web-resource-name>"
                + "<url-pattern>/ArquillianServletRunnerEE9</url-pattern></web-resource-collection>"
                + "</security-constraint>\n    <login-config>";
        war.delete(WEB_XML);
        war.setWebXML(new StringAsset(webXml.replace("<login-config>", open)));
    }
}
