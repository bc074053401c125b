package id.naikkelas.export.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Role;
import id.naikkelas.registry.Registry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/** The officers' import pages: upload, the job page with its progress, counts and problems. */
@IntegrationTest
class ShipmentImportPageTest {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired Registry registry;
  @Autowired AccountFixture accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void an_officer_uploads_a_file_and_sees_the_problems_by_row_and_column() throws Exception {
    ShipmentImportFixture fx = new ShipmentImportFixture(mvc, json, registry, jdbc);
    RequestPostProcessor officer =
        authentication(accounts.signedIn(accounts.open(Role.OFFICER, "35.24.17")));
    mvc.perform(get("/export/shipment-imports").with(officer))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"no-imports\"")))
        .andExpect(
            content().string(containsString("/export/shipment-imports/template?format=csv")));
    long business = fx.business("35.24.17.2007");
    String nib = fx.nib(business);
    byte[] file =
        ShipmentImportFixture.csv(
            List.of(
                nib + ";;Tenun;15/03/2024;;;520849;Sarung;JP;;1.500.000;IDR;;;;;;",
                nib + ";;Tenun;15/03/2024;;;520849;Sarung;Narnia;;2000;IDR;;;;;;"));
    String location =
        mvc.perform(
                multipart("/export/shipment-imports")
                    .file(new MockMultipartFile("file", "rekap.csv", "text/csv", file))
                    .with(officer)
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(location).startsWith("/export/shipment-imports/");
    String page = "";
    for (int i = 0; i < 100; i++) {
      page =
          mvc.perform(get(location).with(officer))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      if (!page.contains("hx-trigger=\"every 1s\"")) {
        break;
      }
      Thread.sleep(100);
    }
    assertThat(page)
        .contains("id=\"progress\"")
        .contains("id=\"count-stored\">1<")
        .contains("id=\"count-refused\">1<")
        .contains("id=\"problems\"")
        .contains("Negara Tujuan")
        .contains("Narnia");
    mvc.perform(get(location).with(officer).header("HX-Request", "true"))
        .andExpect(content().string(not(containsString("<html"))))
        .andExpect(content().string(containsString("id=\"job\"")));
    mvc.perform(get("/export/shipment-imports").with(officer))
        .andExpect(content().string(containsString("rekap.csv")));
  }

  @Test
  void a_file_that_is_no_spreadsheet_is_refused_on_the_form_and_owners_may_not_open_it()
      throws Exception {
    RequestPostProcessor officer =
        authentication(accounts.signedIn(accounts.open(Role.OFFICER, "35.24")));
    mvc.perform(
            multipart("/export/shipment-imports")
                .file(new MockMultipartFile("file", "x.xlsx", null, "<html></html>".getBytes()))
                .with(officer)
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"file-error\"")));
    RequestPostProcessor owner = authentication(accounts.signedIn(accounts.open(Role.OWNER, null)));
    mvc.perform(get("/export/shipment-imports").with(owner)).andExpect(status().isForbidden());
  }
}
