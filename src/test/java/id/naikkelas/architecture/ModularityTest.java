package id.naikkelas.architecture;

import id.naikkelas.NaikKelasApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules of DESIGN.md §3 keep to their declared dependencies and hide their internals. */
class ModularityTest {

  private final ApplicationModules modules = ApplicationModules.of(NaikKelasApplication.class);

  @Test
  void modules_respect_their_boundaries() {
    modules.verify();
  }

  @Test
  void module_documentation_is_written() {
    new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
  }
}
