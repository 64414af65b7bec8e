package io.ohmvision.health.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;

/** The name this instance signs its checks with (host and process), so a cluster shows who checked what. */
@ApplicationScoped
public class NodeIdentity {

    private final String name = ManagementFactory.getRuntimeMXBean().getName();

    public String name() {
        return name;
    }
}
