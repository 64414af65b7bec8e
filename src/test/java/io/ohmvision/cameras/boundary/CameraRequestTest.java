package io.ohmvision.cameras.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.cameras.control.CameraSettings;
import jakarta.json.Json;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CameraRequestTest {

    @Test
    void theSettingsHaveTheBodysFieldsEachWithItsOwnValue() throws ReflectiveOperationException {
        CameraRequest request = new CameraRequest();
        List<Field> fields = Arrays.stream(CameraRequest.class.getFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers())).toList();
        for (Field field : fields) {
            field.set(request, valueFor(field));
        }
        CameraSettings settings = request.settings();
        assertThat(Arrays.stream(CameraSettings.class.getFields()).filter(f -> !Modifier.isStatic(f.getModifiers()))
                .map(Field::getName)).containsExactlyInAnyOrderElementsOf(fields.stream().map(Field::getName).toList());
        for (Field field : fields) {
            assertThat(CameraSettings.class.getField(field.getName()).get(settings)).as(field.getName())
                    .isEqualTo(field.get(request));
        }
    }

    /** A value of the field's type that no other field gets. */
    private static Object valueFor(Field field) {
        Class<?> type = field.getType();
        if (type == String.class) {
            return field.getName();
        } else if (type == Integer.class) {
            return field.getName().length();
        } else if (type == Long.class) {
            return (long) field.getName().hashCode();
        } else if (type == Boolean.class) {
            return Boolean.TRUE;
        }
        return Json.createObjectBuilder().add("field", field.getName()).build();
    }
}
