package io.ohmvision.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.platform.OperationAuthorization.Declaration;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every operation declares who may call it, and an undeclared one is nobody's. */
class OperationAuthorizationTest {

    private static List<Method> operations;

    @BeforeAll
    static void everyResourceMethodOfTheApplication() throws IOException, URISyntaxException {
        java.nio.file.Path classes = java.nio.file.Path.of(OperationAuthorization.class.getProtectionDomain()
                .getCodeSource().getLocation().toURI());
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            operations = files.filter(f -> f.toString().endsWith(".class")).map(f -> load(classes, f))
                    .filter(c -> c.isAnnotationPresent(Path.class))
                    .flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
                    .filter(OperationAuthorizationTest::isOperation).toList();
        }
        assertThat(operations).as("resource methods found").hasSizeGreaterThan(40);
    }

    @Test
    void everyResourceMethodDeclaresWhoMayCallIt() {
        assertThat(operations.stream().filter(m -> Declaration.on(m).isEmpty() && Declaration.on(m
                .getDeclaringClass()).isEmpty()).map(OperationAuthorizationTest::name))
                .as("resource methods without @RolesAllowed, @PermitAll or @DenyAll").isEmpty();
    }

    @Test
    void onlyTheWebhookReceiverIsOpenToAnyone() {
        assertThat(operations.stream().filter(m -> Declaration.of(m, m.getDeclaringClass()).anyone())
                .map(OperationAuthorizationTest::name)).containsExactly("WebhooksResource.receive");
    }

    @Test
    void everyDeclaredRoleIsARoleOfOhmVision() {
        assertThat(operations.stream().flatMap(m -> Declaration.of(m, m.getDeclaringClass()).roles().stream()))
                .isSubsetOf(Roles.ALL);
    }

    @Test
    void theMethodDecidesBeforeItsClassAndNothingDeclaredIsNobody() throws NoSuchMethodException {
        assertThat(declared("forAdmins")).isEqualTo(new Declaration(false, Set.of(Roles.ADMIN)));
        assertThat(declared("open")).isEqualTo(new Declaration(true, Set.of()));
        assertThat(declared("closed")).isEqualTo(Declaration.NOBODY);
        assertThat(declared("asTheClassSays")).isEqualTo(new Declaration(false, Set.of(Roles.VIEWER,
                Roles.OPERATOR)));
        assertThat(Declaration.of(Undeclared.class.getMethod("read"), Undeclared.class))
                .isEqualTo(Declaration.NOBODY);
    }

    private static Declaration declared(String method) throws NoSuchMethodException {
        return Declaration.of(Declared.class.getMethod(method), Declared.class);
    }

    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR})
    public static class Declared {
        @RolesAllowed(Roles.ADMIN)
        public void forAdmins() {
        }

        @PermitAll
        public void open() {
        }

        @DenyAll
        public void closed() {
        }

        public void asTheClassSays() {
        }
    }

    public static class Undeclared {
        @GET
        public void read() {
        }
    }

    private static boolean isOperation(Method method) {
        return Arrays.stream(method.getAnnotations())
                .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
    }

    private static String name(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }

    private static Class<?> load(java.nio.file.Path root, java.nio.file.Path file) {
        String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        try {
            return Class.forName(name, false, OperationAuthorizationTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
