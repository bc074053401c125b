package id.naikkelas.licensing;

import static id.naikkelas.licensing.LicensingFixture.SUKODADI;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Role;
import id.naikkelas.registry.BusinessDraftFixture;
import id.naikkelas.registry.selfservice.SelfRegistration;
import id.naikkelas.registry.selfservice.SelfRegistrationForm;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The licensing pages: queue, application, a request's stages and actions, oversight pages. */
@IntegrationTest
class LicensingPagesTest {

  private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();

  @Autowired MockMvc mvc;
  @Autowired AccountFixture accounts;
  @Autowired LicensingFixture fx;
  @Autowired SelfRegistration selfRegistration;
  @Autowired JdbcClient jdbc;

  @Test
  void an_officer_applies_completes_stages_and_is_refused_a_wrong_one_on_the_page()
      throws Exception {
    RequestPostProcessor as =
        authentication(accounts.signedIn(accounts.open(Role.OFFICER, "35.24")));
    long business = fx.business(SUKODADI);
    mvc.perform(get("/perizinan").with(as))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("apply-form")));
    mvc.perform(
            post("/perizinan")
                .param("businessId", String.valueOf(business))
                .param("kind", "NIB")
                .with(as)
                .with(csrf()))
        .andExpect(redirectedUrlPattern("/perizinan/*"))
        .andExpect(flash().attribute("done", "licensing.applied"));
    String page =
        mvc.perform(get("/perizinan?kind=NIB&region=35.24.17&status=IN_PROGRESS").with(as))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("href=\"/perizinan/(\\d+)\"").matcher(page);
    org.assertj.core.api.Assertions.assertThat(m.find()).isTrue();
    String path = "/perizinan/" + m.group(1);

    mvc.perform(get(path).with(as))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("stage-form")))
        .andExpect(content().string(containsString("/tahap/DOCUMENTS_CHECKED")));
    mvc.perform(
            post(path + "/tahap/OSS_ASSISTED").param("completedOn", TODAY).with(as).with(csrf()))
        .andExpect(redirectedUrl(path))
        .andExpect(flash().attributeExists("refusedProblem"));
    mvc.perform(
            post(path + "/tahap/DOCUMENTS_CHECKED")
                .param("completedOn", TODAY)
                .with(as)
                .with(csrf()))
        .andExpect(flash().attribute("done", "licensing.stageDone"));
    mvc.perform(post(path + "/kembalikan").param("reason", "").with(as).with(csrf()))
        .andExpect(flash().attributeExists("refusedProblem"));
    mvc.perform(post(path + "/kembalikan").param("reason", "NIK salah").with(as).with(csrf()))
        .andExpect(flash().attribute("done", "licensing.done.kembalikan"));
    mvc.perform(get(path).with(as))
        .andExpect(content().string(containsString("NIK salah")))
        .andExpect(content().string(containsString("resubmit-form")));
    mvc.perform(post(path + "/tarik").with(as).with(csrf()))
        .andExpect(flash().attribute("done", "licensing.done.tarik"));
    mvc.perform(post("/perizinan").param("kind", "NIB").with(as).with(csrf()))
        .andExpect(flash().attributeExists("refusedProblem"));
  }

  @Test
  void an_owner_chooses_their_business_and_products_and_follows_the_request() throws Exception {
    String username = "pemilik.lic" + System.nanoTime() % 1_000_000;
    selfRegistration.register(
        new SelfRegistrationForm(
            username,
            AccountFixture.PASSWORD,
            AccountFixture.PASSWORD,
            BusinessDraftFixture.draft(SUKODADI),
            true,
            ""),
        "10.77.1." + (System.nanoTime() % 200));
    long business =
        jdbc.sql(
                "select b.id from business b join owner o on o.id = b.owner_id"
                    + " join account a on a.id = o.account_id where a.username = ?")
            .param(username)
            .query(Long.class)
            .single();
    fx.registry().verify(LicensingFixture.ROOT, business);
    String officer = fx.officer("35.24");
    long product = fx.product(officer, business, "Gula Aren Cair");
    RequestPostProcessor as = authentication(accounts.signedIn(username));
    mvc.perform(get("/perizinan").with(as))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("own-business")))
        .andExpect(content().string(containsString("value=\"" + business + "\"")))
        .andExpect(content().string(containsString("product-" + product)));
    mvc.perform(
            post("/perizinan")
                .param("businessId", String.valueOf(business))
                .param("kind", "HALAL")
                .param("productIds", String.valueOf(product))
                .with(as)
                .with(csrf()))
        .andExpect(redirectedUrlPattern("/perizinan/*"))
        .andExpect(flash().attribute("done", "licensing.applied"));
    String queue =
        mvc.perform(get("/perizinan").with(as)).andReturn().getResponse().getContentAsString();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("href=\"/perizinan/(\\d+)\"").matcher(queue);
    org.assertj.core.api.Assertions.assertThat(m.find()).isTrue();
    mvc.perform(get("/perizinan/" + m.group(1)).with(as))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("withdraw-form")))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("stage-form"))));
    mvc.perform(
            post("/perizinan/" + m.group(1) + "/tahap/DOCUMENTS_CHECKED")
                .param("completedOn", TODAY)
                .with(as)
                .with(csrf()))
        .andExpect(status().isForbidden());
  }

  @Test
  void the_oversight_pages_show_programmes_permits_ending_and_the_report() throws Exception {
    RequestPostProcessor as =
        authentication(accounts.signedIn(accounts.open(Role.OFFICER, "35.24")));
    mvc.perform(
            post("/perizinan/program")
                .param("name", "Fasilitasi Halal Gratis " + TODAY.substring(0, 4))
                .param("kind", "HALAL")
                .param("year", TODAY.substring(0, 4))
                .param("quota", "300")
                .param("regionScope", "35.24")
                .with(as)
                .with(csrf()))
        .andExpect(flash().attribute("done", "licensing.programme.opened"));
    mvc.perform(
            post("/perizinan/program")
                .param("name", "Di luar wilayah")
                .param("kind", "HALAL")
                .param("year", "2026")
                .param("quota", "3")
                .param("regionScope", "35.08")
                .with(as)
                .with(csrf()))
        .andExpect(flash().attributeExists("refusedProblem"));
    mvc.perform(get("/perizinan/program").with(as))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Fasilitasi Halal Gratis")))
        .andExpect(content().string(containsString("300")));
    // the application form offers the year's programmes by name, with the places left
    mvc.perform(get("/perizinan").with(as))
        .andExpect(content().string(containsString("id=\"programmeId\"")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "Fasilitasi Halal Gratis "
                            + TODAY.substring(0, 4)
                            + " (sertifikat halal, sisa 300 tempat)")));
    mvc.perform(get("/perizinan/kedaluwarsa?months=3").with(as)).andExpect(status().isOk());
    mvc.perform(get("/perizinan/laporan?year=" + TODAY.substring(0, 4)).with(as))
        .andExpect(status().isOk())
        .andExpect(content().string(matchesPattern("(?s).*id=\"(report|empty)\".*")));
  }
}
