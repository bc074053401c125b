package id.naikkelas.export.shipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.catalogue.inquiry.InquiryDealRecorded;
import id.naikkelas.export.market.ShipmentDrafts;
import id.naikkelas.registry.BusinessDraftFixture;
import id.naikkelas.registry.BusinessSource;
import id.naikkelas.registry.Registry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The ledger's pages: an officer records a shipment (every wrong field named beside it, a duplicate
 * linked), verifies it, and finds it in the totals; the public sees the totals withheld.
 */
@IntegrationTest
class ExportPagesTest {

  // a district of its own so the totals below are this test's alone
  static final String DISTRICT = "35.24.26";
  static final Actor ROOT = new Actor(0, "test", "test", Role.OFFICER, "35");

  @Autowired MockMvc mvc;
  @Autowired AccountFixture accounts;
  @Autowired Registry registry;
  @Autowired JdbcClient jdbc;
  @Autowired ShipmentDrafts drafts;

  @Test
  void an_officer_records_verifies_and_sees_the_total() throws Exception {
    RequestPostProcessor officer =
        authentication(accounts.signedIn(accounts.open(Role.OFFICER, "35.24")));
    long business =
        registry
            .register(ROOT, BusinessDraftFixture.draft(DISTRICT + ".2001"), BusinessSource.FORM)
            .id();
    mvc.perform(get("/export/shipments/new").param("businessId", "" + business).with(officer))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("value=\"" + business + "\"")));

    mvc.perform(form(business, "2023-05-10", "0", "USD").param("hsCode", "999999").with(officer))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("error-summary")))
        .andExpect(content().string(containsString("href=\"#hsCode\"")))
        .andExpect(content().string(containsString("href=\"#value\"")))
        .andExpect(content().string(containsString("href=\"#rateToIdr\"")))
        .andExpect(content().string(containsString("value=\"Sarung tenun ikat\"")));
    mvc.perform(form(business, "10/05/2023", "abc", "IDR").with(officer))
        .andExpect(content().string(containsString("href=\"#shippedOn\"")))
        .andExpect(content().string(containsString("href=\"#value\"")));

    MvcResult saved =
        mvc.perform(form(business, "2023-05-10", "12.500.000,50", "IDR").with(officer))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    String at = saved.getResponse().getRedirectedUrl();
    long id = Long.parseLong(at.substring(at.lastIndexOf('/') + 1));
    assertThat(
            jdbc.sql("select value_idr from export_shipment where id = ?")
                .param(id)
                .query(java.math.BigDecimal.class)
                .single())
        .isEqualByComparingTo("12500000.50");
    mvc.perform(form(business, "2023-05-10", "12500000,50", "IDR").with(officer))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"duplicate-of\"")))
        .andExpect(content().string(containsString("/export/shipments/" + id)));

    mvc.perform(get(at).with(officer))
        .andExpect(content().string(containsString("id=\"verify\"")))
        .andExpect(content().string(containsString("IJEPA")));
    mvc.perform(post(at + "/verify").with(officer).with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get(at).with(officer))
        .andExpect(content().string(not(containsString("id=\"verify\""))))
        .andExpect(content().string(containsString("Diverifikasi")));

    mvc.perform(
            get("/ekspor")
                .param("year", "2023")
                .param("by", "COUNTRY")
                .param("region", DISTRICT)
                .with(officer))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Rp12.500.000,5")))
        .andExpect(content().string(containsString("/export/shipments?year=2023&amp;country=JP")));
    mvc.perform(get("/ekspor").param("year", "2023").param("region", DISTRICT))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("Rp12.500.000"))))
        .andExpect(content().string(containsString("dirahasiakan")));
    mvc.perform(get("/ekspor").param("year", "2023").param("region", DISTRICT + ".2001"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("tingkat kecamatan")));
    mvc.perform(get("/ekspor").param("year", "1999"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"refused\"")));

    mvc.perform(get("/export/exporters/" + business).with(officer))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/export/shipments/" + id)));
    mvc.perform(get("/export/shipments").param("country", "JP").param("year", "2023").with(officer))
        .andExpect(content().string(containsString("/export/shipments/" + id)));
  }

  @Test
  void another_districts_officer_finds_nothing() throws Exception {
    long business =
        registry
            .register(ROOT, BusinessDraftFixture.draft(DISTRICT + ".2001"), BusinessSource.FORM)
            .id();
    RequestPostProcessor elsewhere =
        authentication(accounts.signedIn(accounts.open(Role.OFFICER, "35.08")));
    mvc.perform(get("/export/exporters/" + business).with(elsewhere))
        .andExpect(status().isNotFound());
    mvc.perform(form(business, "2023-05-10", "1000", "IDR").with(elsewhere))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"#businessId\"")));
  }

  @Test
  void a_deal_abroad_becomes_a_recorded_shipment_and_a_target_market_is_added() throws Exception {
    RequestPostProcessor officer =
        authentication(accounts.signedIn(accounts.open(Role.OFFICER, "35.24")));
    long business =
        registry
            .register(ROOT, BusinessDraftFixture.draft(DISTRICT + ".2001"), BusinessSource.FORM)
            .id();
    long inquiry = 9_000_000_000L + System.nanoTime() % 1_000_000_000L;
    drafts.dealRecorded(
        new InquiryDealRecorded(
            inquiry,
            business,
            new java.math.BigDecimal("1500"),
            "USD",
            "JP",
            "Kyoto Textile KK",
            null,
            "Sarung tenun ikat"));
    long draft =
        jdbc.sql("select id from export_shipment_draft where inquiry_id = ?")
            .param(inquiry)
            .query(Long.class)
            .single();
    mvc.perform(get("/export/exporters/" + business).with(officer))
        .andExpect(content().string(containsString("shipment-draft-" + draft)));
    mvc.perform(get("/export/shipments/new").param("draft", "" + draft).with(officer))
        .andExpect(content().string(containsString("id=\"from-draft\"")))
        .andExpect(content().string(containsString("value=\"Kyoto Textile KK\"")))
        .andExpect(content().string(containsString("value=\"1500\"")));
    mvc.perform(
            form(business, "2023-07-01", "1500", "USD")
                .param("draft", "" + draft)
                .param("rateToIdr", "15000")
                .param("rateDate", "2023-07-01")
                .with(officer))
        .andExpect(status().is3xxRedirection());
    assertThat(
            jdbc.sql("select state from export_shipment_draft where id = ?")
                .param(draft)
                .query(String.class)
                .single())
        .isEqualTo("USED");

    mvc.perform(
            post("/export/exporters/" + business + "/target-markets")
                .param("country", "AU")
                .param("hsHeading", "5208")
                .with(officer)
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post("/export/exporters/" + business + "/target-markets")
                .param("country", "XX")
                .param("hsHeading", "99")
                .with(officer)
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/export/exporters/" + business).with(officer))
        .andExpect(content().string(containsString("id=\"target-markets\"")))
        .andExpect(content().string(containsString("Australia")))
        .andExpect(content().string(containsString("AANZ")))
        .andExpect(content().string(not(containsString("shipment-draft-" + draft))));
  }

  private static MockHttpServletRequestBuilder form(
      long business, String date, String value, String currency) {
    return post("/export/shipments")
        .with(csrf())
        .param("businessId", "" + business)
        .param("shippedOn", date)
        .param("hsCode", "5208.49")
        .param("commodity", "Sarung tenun ikat")
        .param("destinationCountry", "JP")
        .param("value", value)
        .param("currency", currency)
        .param("originCertificate", "IJEPA");
  }
}
