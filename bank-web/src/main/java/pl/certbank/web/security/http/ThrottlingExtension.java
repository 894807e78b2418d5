package pl.certbank.web.security.http;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;

/**
 * Puts the HTTP-level guards in front of the web module's handlers, authentication included: first the body size
 * ceiling ({@link RequestSizes}), then sign-in throttling ({@link SignInThrottling}).
 */
public class ThrottlingExtension implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        deployment.addInitialHandlerChainWrapper(SignInThrottling::new);
        deployment.addInitialHandlerChainWrapper(RequestSizes::new);
    }
}
