package id.naikkelas.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every class the API document names as a schema (a request body, an answer, and what they hold)
 * has a simple name no other such class has: springdoc names schemas by simple name, so two would
 * silently become one in the document and in a generated client.
 */
class SchemaNamesTest {

  @Test
  void no_two_schema_classes_share_a_simple_name() {
    Set<Class<?>> schemas = new HashSet<>();
    Deque<Type> todo = new ArrayDeque<>();
    for (JavaClass controller :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.naikkelas")) {
      if (!controller.isAnnotatedWith(RestController.class)) {
        continue;
      }
      for (Method method : controller.reflect().getDeclaredMethods()) {
        todo.add(method.getGenericReturnType());
        for (Type parameter : method.getGenericParameterTypes()) {
          todo.add(parameter);
        }
      }
    }
    while (!todo.isEmpty()) {
      Type type = todo.pop();
      if (type instanceof ParameterizedType parameterized) {
        todo.add(parameterized.getRawType());
        for (Type argument : parameterized.getActualTypeArguments()) {
          todo.add(argument);
        }
      } else if (type instanceof Class<?> c
          && c.getName().startsWith("id.naikkelas.")
          && !c.isEnum()
          && schemas.add(c)
          && c.isRecord()) {
        for (RecordComponent component : c.getRecordComponents()) {
          todo.add(component.getGenericType());
        }
      }
    }
    Map<String, Set<String>> byName = new TreeMap<>();
    for (Class<?> c : schemas) {
      byName.computeIfAbsent(c.getSimpleName(), n -> new TreeSet<>()).add(c.getName());
    }
    byName.values().removeIf(classes -> classes.size() < 2);
    assertThat(byName).as("schema classes sharing a simple name").isEmpty();
  }
}
