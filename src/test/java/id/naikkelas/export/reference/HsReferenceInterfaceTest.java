package id.naikkelas.export.reference;

import static org.assertj.core.api.Assertions.assertThat;

import id.naikkelas.NaikKelasApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;

/**
 * Other modules reach the reference data through the named interface {@code export :: reference}.
 */
class HsReferenceInterfaceTest {

  @Test
  void the_reference_services_and_their_values_form_one_named_interface() {
    NamedInterface reference =
        ApplicationModules.of(NaikKelasApplication.class)
            .getModuleByName("export")
            .orElseThrow()
            .getNamedInterfaces()
            .getByName("reference")
            .orElseThrow();
    for (Class<?> type :
        new Class<?>[] {
          HsCodes.class,
          Countries.class,
          OriginRules.class,
          HsCodeView.class,
          Country.class,
          OriginRule.class
        }) {
      assertThat(reference.contains(type)).as(type.getSimpleName()).isTrue();
    }
    assertThat(reference.contains(HsCodeLoader.class)).isFalse();
  }
}
