package io.ohmvision.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

/** Every alias a request body accepts is named in the OpenAPI description of its field. */
class JsonAliasDocumentationTest {

    private record Alias(Class<?> owner, String alias, Schema schema) {
    }

    @Test
    void everyAliasIsNamedInTheDescriptionOfItsField() throws Exception {
        List<Alias> aliases = aliasesInTheApplication();
        assertThat(aliases).as("aliases in the application (CameraRequest has some)").isNotEmpty();
        for (Alias alias : aliases) {
            assertThat(alias.schema()).as("%s: the field of %s has a @Schema", alias.owner().getSimpleName(),
                    alias.alias()).isNotNull();
            assertThat(alias.schema().description()).as("%s: the description of the field of %s",
                    alias.owner().getSimpleName(), alias.alias()).containsPattern("\\b" + alias.alias() + "\\b");
        }
    }

    private static List<Alias> aliasesInTheApplication() throws IOException, ClassNotFoundException {
        Path classes = Path.of(JsonAlias.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        List<Alias> aliases = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, JsonAlias.class.getClassLoader());
                Stream<AnnotatedElement> members = type.isRecord()
                        ? Arrays.stream(type.getRecordComponents()).map(AnnotatedElement.class::cast)
                        : Arrays.stream(type.getDeclaredFields()).map(AnnotatedElement.class::cast);
                members.filter(m -> m.isAnnotationPresent(JsonAlias.class)).forEach(m -> {
                    for (String alias : m.getAnnotation(JsonAlias.class).value()) {
                        aliases.add(new Alias(type, alias, m.getAnnotation(Schema.class)));
                    }
                });
            }
        }
        return aliases;
    }

}
