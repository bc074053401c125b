package id.naikkelas.export.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.platform.ConflictException;
import id.naikkelas.platform.ForbiddenException;
import id.naikkelas.platform.InvalidInputException;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The HS 2022 list loaded at start, its search, and the admin's BTKI lines and descriptions. */
@IntegrationTest
class HsCodesTest {

  static final Actor ADMIN = new Actor(0, "admin.hs", "Admin HS", Role.ADMIN, "35");
  static final Actor OFFICER = new Actor(0, "officer.hs", "Officer HS", Role.OFFICER, "35.24");

  @Autowired HsCodes codes;
  @Autowired HsCodeLoader loader;
  @Autowired JdbcClient jdbc;

  @Test
  void every_code_of_the_shipped_csv_is_loaded_once() {
    String csv = HsCodeLoader.text(HsCodeLoader.CODES);
    long dataRows = csv.lines().skip(1).filter(l -> !l.isBlank()).count();
    assertThat(dataRows).isEqualTo(6_940);
    // all 6,940 rows but the TOTAL line (all commodities), which is not a code
    assertThat(HsCodeLoader.rows(csv)).hasSize(6_939);
    assertThat(count("level < 8")).isEqualTo(6_939);
    assertThat(count("level = 2")).isEqualTo(97);
    assertThat(count("level = 4")).isEqualTo(1_229);
    assertThat(count("level = 6")).isEqualTo(5_613);
    assertThat(jdbc.sql("select count(*) from hs_section").query(Long.class).single())
        .isEqualTo(21);
    assertThat(codes.find("01"))
        .get()
        .extracting(HsCodeView::sectionName)
        .isEqualTo("live animals; animal products"); // the BOM is not part of the header
    assertThat(loader.loadIfChanged()).as("unchanged list is not loaded again").isFalse();
  }

  @Test
  void a_changed_list_is_loaded_again_keeping_what_admins_added() {
    codes.describe(ADMIN, "0902", "Teh, dibumbui maupun tidak");
    jdbc.sql("update hs_code_load set checksum = 'old'").update();
    jdbc.sql("update hs_code set description_en = 'stale' where code = '090210'").update();

    assertThat(loader.loadIfChanged()).isTrue();

    assertThat(codes.find("090210").orElseThrow().descriptionEn()).isNotEqualTo("stale");
    assertThat(codes.find("0902").orElseThrow().descriptionId())
        .isEqualTo("Teh, dibumbui maupun tidak");
    assertThat(count("level < 8")).isEqualTo(6_939);
  }

  @Test
  void finds_a_code_with_its_parent_and_section() {
    HsCodeView coffee = codes.find("0901.21").orElseThrow();
    assertThat(coffee.code()).isEqualTo("090121");
    assertThat(coffee.level()).isEqualTo(6);
    assertThat(coffee.parent()).isEqualTo("0901");
    assertThat(coffee.section()).isEqualTo("II");
    assertThat(coffee.descriptionEn()).isEqualTo("Coffee; roasted, not decaffeinated");
    assertThat(codes.find("0101").orElseThrow().parent()).isEqualTo("01");
    assertThat(codes.find("01").orElseThrow().parent()).isNull();
    assertThat(codes.find("770000")).isEmpty();
    assertThat(codes.find("kopi")).isEmpty();
  }

  @Test
  void only_subheadings_and_stored_national_lines_are_known() {
    assertThat(codes.known("090121")).isTrue();
    assertThat(codes.known("0901.21")).isTrue();
    assertThat(codes.known("0901")).as("a heading is not a goods code").isFalse();
    assertThat(codes.known("09")).isFalse();
    assertThat(codes.known("770000")).isFalse();
    assertThat(codes.known("09012105")).isFalse();
    assertThat(codes.known(null)).isFalse();
    assertThat(codes.heading("0901.21")).isEqualTo("0901");
    assertThat(codes.chapter("090121")).isEqualTo("09");
  }

  @Test
  void searches_by_code_prefix_and_by_words_in_either_language() {
    assertThat(codes.search("0901", PageRequest.of(0, 50)).getContent())
        .extracting(HsCodeView::code)
        .startsWith("0901", "090111")
        .allMatch(c -> c.startsWith("0901"));
    assertThat(codes.search("ROASTED coffee", PageRequest.of(0, 50)).getContent())
        .extracting(HsCodeView::code)
        .contains("090121", "090122")
        .doesNotContain("0902", "090210");

    codes.describe(ADMIN, "090121", "Kopi sangrai, tidak dihilangkan kafeinnya");
    assertThat(codes.search("kopi SANGRAI", PageRequest.of(0, 50)).getContent())
        .extracting(HsCodeView::code)
        .containsExactly("090121");
    assertThat(codes.search("", PageRequest.of(0, 10)).getTotalElements())
        .isGreaterThanOrEqualTo(6_939);
    assertThat(codes.search("100%_\\", PageRequest.of(0, 10)).getTotalElements()).isZero();
  }

  @Test
  void an_admin_adds_a_national_line_under_an_existing_subheading() {
    String code = "090121" + String.format("%02d", ThreadLocalRandom.current().nextInt(10, 100));
    HsCodeView line = codes.addNationalLine(ADMIN, code, null, "Kopi sangrai biji");
    assertThat(line.level()).isEqualTo(8);
    assertThat(line.parent()).isEqualTo("090121");
    assertThat(line.section()).isEqualTo("II");
    assertThat(codes.known(code)).isTrue();
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where entity_type = 'hs-code' and entity_id = ?")
                .param(code)
                .query(Long.class)
                .single())
        .isEqualTo(1);

    assertThatThrownBy(() -> codes.addNationalLine(ADMIN, code, null, "lagi"))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void a_national_line_needs_eight_digits_and_a_known_prefix() {
    assertThatThrownBy(() -> codes.addNationalLine(ADMIN, "77000012", null, "Tidak ada"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.problems().get(0).field()).isEqualTo("code");
              assertThat(e.problems().get(0).messageKey())
                  .isEqualTo("export.hs.line.prefixUnknown");
            });
    assertThatThrownBy(() -> codes.addNationalLine(ADMIN, "090121", null, "Enam digit"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().get(0).field()).isEqualTo("code"));
    assertThatThrownBy(() -> codes.addNationalLine(ADMIN, "09011101", null, " "))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().get(0).field()).isEqualTo("descriptionId"));
    assertThatThrownBy(() -> codes.addNationalLine(OFFICER, "09011101", null, "Kopi"))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> codes.describe(OFFICER, "0901", "Kopi"))
        .isInstanceOf(ForbiddenException.class);
  }

  private long count(String where) {
    return jdbc.sql("select count(*) from hs_code where " + where).query(Long.class).single();
  }
}
