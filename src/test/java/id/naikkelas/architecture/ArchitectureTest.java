package id.naikkelas.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The conventions of DESIGN.md §3 that the module check does not cover. */
@AnalyzeClasses(packages = "id.naikkelas", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule page_controllers_live_in_web_and_are_package_private =
      classes()
          .that()
          .areAnnotatedWith(Controller.class)
          .should()
          .resideInAPackage("..web..")
          .andShould()
          .notBePublic();

  @ArchTest
  static final ArchRule api_controllers_live_in_api_and_are_package_private =
      classes()
          .that()
          .areAnnotatedWith(RestController.class)
          .should()
          .resideInAPackage("..api..")
          .andShould()
          .notBePublic();

  @ArchTest
  static final ArchRule pages_and_api_do_not_call_each_other =
      noClasses()
          .that()
          .resideInAPackage("..web..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..api..");

  @ArchTest
  static final ArchRule entities_are_not_public =
      classes().that().areAnnotatedWith(Entity.class).should().notBePublic();

  @ArchTest
  static final ArchRule no_field_injection = fields().should().notBeAnnotatedWith(Autowired.class);

  @ArchTest
  static final ArchRule controllers_do_not_touch_repositories =
      noClasses()
          .that()
          .resideInAnyPackage("..web..", "..api..")
          .should()
          .dependOnClassesThat()
          .haveSimpleNameEndingWith("Repository");

  @ArchTest
  static final ArchRule no_jdbc_or_jpa_in_controllers =
      noClasses()
          .that()
          .resideInAnyPackage("..web..", "..api..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.springframework.jdbc..", "jakarta.persistence..");
}
