package id.naikkelas.export.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.naikkelas.IntegrationTest;
import id.naikkelas.platform.ForbiddenException;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The certificate of origin per destination: seeded agreements, the non-preferential default. */
@IntegrationTest
class OriginRulesTest {

  @Autowired OriginRules rules;
  @Autowired JdbcClient jdbc;

  @Test
  void asean_members_take_form_d_under_atiga() {
    for (String cc : new String[] {"BN", "KH", "LA", "MY", "MM", "PH", "SG", "TH", "VN"}) {
      OriginRule rule = rules.forCountry(cc.toLowerCase());
      assertThat(rule.country()).isEqualTo(cc);
      assertThat(rule.form()).isEqualTo("D");
      assertThat(rule.agreement()).isEqualTo("ATIGA");
      assertThat(rule.preferential()).isTrue();
    }
    assertThat(rules.forCountry("MY").source()).isEqualTo("Permendag 24/2018 dan perubahannya");
  }

  @Test
  void the_partners_of_the_other_agreements_take_their_forms() {
    assertThat(rules.forCountry("CN"))
        .extracting(OriginRule::form, OriginRule::agreement)
        .containsExactly("E", "ACFTA");
    assertThat(rules.forCountry("IN"))
        .extracting(OriginRule::form, OriginRule::agreement)
        .containsExactly("AI", "AIFTA");
    assertThat(rules.forCountry("JP").agreement()).isEqualTo("IJEPA / AJCEP");
    assertThat(rules.forCountry("NZ").form()).isEqualTo("AANZ");
  }

  @Test
  void a_country_without_an_agreement_takes_the_non_preferential_certificate() {
    OriginRule us = rules.forCountry("US");
    assertThat(us.form()).isEqualTo("SKA non-preferensi");
    assertThat(us.agreement()).isNull();
    assertThat(us.preferential()).isFalse();
    assertThatThrownBy(() -> rules.forCountry("XX"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().get(0).field()).isEqualTo("country"));
  }

  @Test
  void an_admin_changes_a_rule_and_the_change_is_audited() {
    OriginRule pk = rules.update(HsCodesTest.ADMIN, "pk", "IP-PTA", "IP-PTA", "Permendag 24/2018");
    assertThat(rules.forCountry("PK"))
        .extracting(OriginRule::form, OriginRule::agreement, OriginRule::preferential)
        .containsExactly("IP-PTA", "IP-PTA", true);
    assertThat(pk.updatedBy()).isEqualTo("admin.hs");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where entity_type = 'origin-rule' and entity_id = 'PK'")
                .query(Long.class)
                .single())
        .isPositive();

    assertThatThrownBy(() -> rules.update(HsCodesTest.OFFICER, "PK", "X", null, "Y"))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> rules.update(HsCodesTest.ADMIN, "XX", "X", null, "Y"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> rules.update(HsCodesTest.ADMIN, "PK", " ", null, "Y"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().get(0).field()).isEqualTo("form"));
  }
}
