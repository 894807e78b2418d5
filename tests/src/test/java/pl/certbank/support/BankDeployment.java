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

/** The EAR exactly as the build made it (bank-ear/target/bank.ear), optionally with in-container test classes. */
public final class BankDeployment {

    private static final String WAR = "bank-web.war";
    private static final String WEB_XML = "WEB-INF/web.xml";

    private BankDeployment() {
    }

    public static EnterpriseArchive asBuilt() {
        File ear = new File(System.getProperty("bank.ear", "../bank-ear/target/bank.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException(ear + " is missing: build bank-ear first (mvn verify from the top)");
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
