package io.ohmvision.platform.live;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.server.ServerContainer;

/**
 * Deploys /ws/health explicitly. With the Faces push endpoint enabled (web.xml), Payara's Tyrus initializer deploys
 * the Faces endpoint but no longer the application's annotated ones, so /ws/health would answer 404.
 */
@WebListener
public class LiveSocketRegistration implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServerContainer container = (ServerContainer) event.getServletContext()
                .getAttribute(ServerContainer.class.getName());
        try {
            container.addEndpoint(LiveSocket.class);
        } catch (DeploymentException e) {
            throw new IllegalStateException("cannot deploy /ws/health", e);
        }
    }
}
