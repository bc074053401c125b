package id.naikkelas.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.naikkelas.IntegrationTest;
import id.naikkelas.client.ApiException;
import id.naikkelas.client.api.AuditApi;
import id.naikkelas.client.api.AuthenticationApi;
import id.naikkelas.client.api.NotificationsApi;
import id.naikkelas.client.api.RegionsApi;
import id.naikkelas.client.api.UsersApi;
import id.naikkelas.client.model.PageResponseAuditEntry;
import id.naikkelas.client.model.PageResponseRegionResponse;
import id.naikkelas.client.model.TokenRequest;
import id.naikkelas.client.model.TokenResponse;
import id.naikkelas.client.model.UserCreated;
import id.naikkelas.client.model.UserRequest;
import id.naikkelas.client.model.UserResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * The client generated from the committed API document drives the region, access, audit and
 * notification APIs of the running application.
 */
@IntegrationTest
class PlatformModulesClientScenarioTest {

  static final String ADMIN_PASSWORD = "Kunci#TestOnly2026";

  @Value("${local.server.port}")
  int port;

  @Test
  void a_visitor_browses_the_regions_without_a_token() throws Exception {
    RegionsApi regions = new RegionsApi(ContractClient.at(port));
    PageResponseRegionResponse provinces = regions.regionSearch(null, null, null, null);
    assertThat(provinces.getItems()).isNotEmpty();
    String regency = regions.regionChildren("35").get(0).getCode();
    assertThat(regions.regionRegion(regency).getParentCode()).isEqualTo("35");
  }

  @Test
  void an_admin_signs_in_opens_an_account_and_reads_the_trail_and_the_outbox() throws Exception {
    TokenResponse token =
        new AuthenticationApi(ContractClient.at(port))
            .authToken(new TokenRequest().username("admin").password(ADMIN_PASSWORD));
    assertThat(token.getToken()).isNotBlank();
    UsersApi users = new UsersApi(ContractClient.at(port, token.getToken()));
    String username = "kontrak" + System.nanoTime() % 1_000_000;
    UserCreated created =
        users.userCreate(
            new UserRequest()
                .username(username)
                .password("Kuat#Sekali2026")
                .fullName("Akun Kontrak")
                .role(UserRequest.RoleEnum.OFFICER)
                .scope("35.24"));
    UserResponse account = users.userGet(created.getId());
    assertThat(account.getUsername()).isEqualTo(username);

    PageResponseAuditEntry trail =
        new AuditApi(ContractClient.at(port, token.getToken()))
            .auditList(null, null, null, null, null, null, 0, 50);
    assertThat(trail.getItems()).isNotEmpty();

    assertThat(new NotificationsApi(ContractClient.at(port, token.getToken())).outboxRecent(10))
        .isNotNull();
  }

  @Test
  void a_refusal_arrives_as_a_problem_the_client_can_read() {
    UsersApi anonymous = new UsersApi(ContractClient.at(port));
    assertThatThrownBy(anonymous::userMe)
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.getCode()).isEqualTo(401);
              assertThat(e.getResponseHeaders().firstValue("Content-Type"))
                  .hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
            });
  }
}
