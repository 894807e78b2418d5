package pl.certbank.web.security.http;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;

/** Puts {@link SignInThrottling} in front of the web module's handlers, authentication included. */
public class ThrottlingExtension implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        deployment.addInitialHandlerChainWrapper(SignInThrottling::new);
    }
}
