package id.naikkelas.catalogue;

import static id.naikkelas.catalogue.MarketFixture.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.catalogue.showroom.Showrooms;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 9, finding 10: in the regency's showroom a district officer sees and moves only the
 * consignments of the district's businesses; sold values and amounts owed of other districts never
 * reach the answer.
 */
@IntegrationTest
class ShowroomScopeTest {

  @Autowired MockMvc mvc;
  @Autowired AccountFixture accounts;
  @Autowired MarketFixture market;
  @Autowired Showrooms showrooms;
  @Autowired JdbcClient jdbc;

  @Test
  void a_district_officer_sees_and_moves_only_the_districts_consignments() throws Exception {
    Actor lamongan = new Actor(0, "test", "test", Role.OFFICER, "35.24");
    long showroom = showrooms.create(lamongan, "Galeri Kabupaten", "Kantor Bupati Lamongan");
    long own = market.product(market.business("35.24.17.2007"), "Tas Sukodadi");
    String otherName = "Gerabah Kecamatan Lain " + System.nanoTime();
    long other = market.product(market.business("35.24.01.2001"), otherName);
    long ownLine = showrooms.place(lamongan, showroom, own, 10, new BigDecimal("50000"), null);
    long otherLine = showrooms.place(lamongan, showroom, other, 30, new BigDecimal("77777"), null);
    showrooms.record(lamongan, ownLine, "SOLD", 2, null, null);
    showrooms.record(lamongan, otherLine, "SOLD", 9, null, null); // 699,993 sold, owed

    String sukodadi = accounts.token(accounts.open(Role.OFFICER, "35.24.17"));
    String listed =
        body(
            market
                .get(sukodadi, "/api/v1/showrooms/" + showroom + "/consignments")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(ownLine))
                .andExpect(jsonPath("$[0].owed").value(100000.0)));
    assertThat(listed).doesNotContain(otherName).doesNotContain("699993").doesNotContain("77777");

    long movements = movements(otherLine);
    market
        .post(
            sukodadi,
            "/api/v1/consignments/" + otherLine + "/movements",
            Map.of("kind", "PAID", "amount", 1000))
        .andExpect(status().isNotFound());
    market
        .post(
            sukodadi,
            "/api/v1/consignments/" + otherLine + "/movements",
            Map.of("kind", "SOLD", "quantity", 1))
        .andExpect(status().isNotFound());
    assertThat(movements(otherLine)).isEqualTo(movements);

    var asSukodadi = authentication(accounts.signedIn(accounts.open(Role.OFFICER, "35.24.17")));
    String page =
        mvc.perform(get("/pasar/galeri/" + showroom).with(asSukodadi))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("Tas Sukodadi").doesNotContain(otherName);
    assertThat(page).doesNotContain("699.993").doesNotContain("/titipan/" + otherLine);

    // the regency's officer sees both; another regency's officer not even the showroom
    String regency = accounts.token(accounts.open(Role.OFFICER, "35.24"));
    market
        .get(regency, "/api/v1/showrooms/" + showroom + "/consignments")
        .andExpect(jsonPath("$.length()").value(2));
    String lumajang = accounts.token(accounts.open(Role.OFFICER, "35.08"));
    market
        .get(lumajang, "/api/v1/showrooms/" + showroom + "/consignments")
        .andExpect(status().isNotFound());
  }

  private long movements(long consignment) {
    return jdbc.sql("select count(*) from consignment_movement where consignment_id = ?")
        .param(consignment)
        .query(Long.class)
        .single();
  }
}
