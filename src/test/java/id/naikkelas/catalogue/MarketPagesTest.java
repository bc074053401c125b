package id.naikkelas.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.registry.BusinessDraftFixture;
import id.naikkelas.registry.BusinessSource;
import id.naikkelas.registry.Registry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class MarketPagesTest {

  @Autowired MockMvc mvc;
  @Autowired AccountFixture accounts;
  @Autowired Registry registry;
  @Autowired Products products;

  @Test
  void an_officer_runs_curation_a_showroom_and_an_expo_from_the_pages() throws Exception {
    Actor sukodadi = new Actor(0, "test", "test", Role.OFFICER, "35.24.17");
    long business =
        registry
            .register(sukodadi, BusinessDraftFixture.draft("35.24.17.2007"), BusinessSource.FORM)
            .id();
    registry.verify(sukodadi, business);
    long product =
        products.create(
            sukodadi,
            new ProductDraft(
                business,
                "Batik Sendang",
                null,
                Category.FASHION_TEXTILE,
                new java.math.BigDecimal("300000"),
                null,
                "lembar",
                1,
                null,
                List.of()));
    products.publish(sukodadi, product);
    RequestPostProcessor as =
        authentication(accounts.signedIn(accounts.open(Role.OFFICER, "35.24.17")));

    mvc.perform(get("/pasar").with(as))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("round-form")));
    mvc.perform(post("/pasar/mitra").param("name", "").param("kind", "BANK").with(as).with(csrf()))
        .andExpect(flash().attributeExists("refusedProblem"));
    mvc.perform(
            post("/pasar/mitra")
                .param("name", "Bank Jatim " + System.nanoTime())
                .param("kind", "BANK")
                .with(as)
                .with(csrf()))
        .andExpect(flash().attributeExists("done"));

    String round =
        mvc.perform(
                post("/pasar/kurasi")
                    .param("title", "Kurasi Expo BI")
                    .param("passScore", "60")
                    .with(as)
                    .with(csrf()))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(round).matches("/pasar/kurasi/\\d+");
    mvc.perform(
            post(round + "/produk")
                .param("productId", String.valueOf(product))
                .with(as)
                .with(csrf()))
        .andExpect(flash().attributeExists("done"));
    String page = mvc.perform(get(round).with(as)).andReturn().getResponse().getContentAsString();
    String scoreAction =
        page.replaceAll("(?s).*action=\"(/pasar/kurasi/\\d+/peserta/\\d+/nilai)\".*", "$1");
    mvc.perform(
            post(scoreAction)
                .param("score.originality", "8")
                .param("score.supply", "7")
                .param("score.capacity", "6")
                .param("score.innovation", "7")
                .param("score.packaging", "9")
                .param("feedback", "Bagus")
                .with(as)
                .with(csrf()))
        .andExpect(flash().attributeExists("done"));
    mvc.perform(get(round).with(as)).andExpect(content().string(containsString("1 lolos")));

    String showroom =
        mvc.perform(
                post("/pasar/galeri")
                    .param("name", "Galeri WBL")
                    .param("place", "Wisata Bahari Lamongan")
                    .with(as)
                    .with(csrf()))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    mvc.perform(
            post(showroom + "/titip")
                .param("productId", String.valueOf(product))
                .param("quantity", "5")
                .with(as)
                .with(csrf()))
        .andExpect(flash().attributeExists("done"));
    mvc.perform(get(showroom).with(as))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Batik Sendang")));

    String expo =
        mvc.perform(
                post("/pasar/expo")
                    .param("title", "UMKM Virtual Expo")
                    .param("titleEn", "UMKM Virtual Expo EN")
                    .param("startsOn", "2026-12-01")
                    .param("endsOn", "2026-12-10")
                    .param("curationRoundId", round.substring(round.lastIndexOf('/') + 1))
                    .with(as)
                    .with(csrf()))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    mvc.perform(
            post(expo + "/stan")
                .param("businessId", String.valueOf(business))
                .with(as)
                .with(csrf()))
        .andExpect(flash().attributeExists("done"));
    String expoId = expo.substring(expo.lastIndexOf('/') + 1);
    mvc.perform(get("/expo/" + expoId + "/stan/" + business))
        .andExpect(content().string(containsString("Batik Sendang")));
    mvc.perform(get(expo).with(as)).andExpect(content().string(containsString("1 kunjungan")));
  }
}
