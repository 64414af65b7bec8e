package io.ohmvision.health.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.health.control.SchedulerHeartbeat;
import io.ohmvision.platform.DatabaseState;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Orchestrators probe while Payara is still initializing the startup singletons; a probe that called into one made
 * the HTTP thread initialize it, which failed for good (seen in a benchmark: the application never became ready).
 */
class ServiceProbesTest {

    @Test
    void theProbesAndWhatTheyReadCallNoEnterpriseBean() {
        List<String> enterpriseBeans = List.of(ServiceProbes.class, SchedulerHeartbeat.class, DatabaseState.class)
                .stream().flatMap(type -> Arrays.stream(type.getDeclaredFields()))
                .filter(field -> field.isAnnotationPresent(Inject.class))
                .filter(ServiceProbesTest::isEnterpriseBean)
                .map(field -> field.getDeclaringClass().getSimpleName() + "." + field.getName()).toList();
        assertThat(enterpriseBeans).isEmpty();
    }

    @Test
    void theCheckIsAbleToSeeAnEnterpriseBean() {
        assertThat(Arrays.stream(HealthResource.class.getDeclaredFields()).filter(ServiceProbesTest::isEnterpriseBean))
                .as("HealthResource injects the scheduler singleton").isNotEmpty();
    }

    private static boolean isEnterpriseBean(Field field) {
        Class<?> type = field.getType();
        return type.isAnnotationPresent(Singleton.class) || type.isAnnotationPresent(Stateless.class)
                || type.isAnnotationPresent(Stateful.class);
    }
}
