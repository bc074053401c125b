package id.naikkelas.registry.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.naikkelas.platform.IllegalTransitionException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A claim is settled once: CLAIMED, REJECTED or CLOSED refuse every further action. */
class OwnerClaimTransitionTest {

  static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");

  @ParameterizedTest
  @EnumSource(
      value = ClaimStatus.class,
      names = {"CLAIMED", "REJECTED", "CLOSED"})
  void a_settled_claim_refuses_approve_reject_code_and_resend(ClaimStatus settled) {
    OwnerClaim claim = settled(settled);
    assertRefused(() -> claim.approve("petugas", "KTP", NOW), settled, "approve");
    assertRefused(() -> claim.reject("petugas", "bukan", NOW), settled, "reject");
    assertRefused(() -> claim.check("hash", NOW, 5), settled, "code");
    assertRefused(() -> claim.issueCode("hash", NOW.plusSeconds(600), NOW), settled, "resend");
    assertThat(claim.status()).isEqualTo(settled);
  }

  @Test
  void a_pending_claim_is_approved_once() {
    OwnerClaim claim = pending();
    claim.approve("petugas", "KTP dilihat", NOW);
    assertThat(claim.status()).isEqualTo(ClaimStatus.CLAIMED);
  }

  private static OwnerClaim pending() {
    return new OwnerClaim(1, 2, "pemilik", true, null, NOW, NOW);
  }

  private static OwnerClaim settled(ClaimStatus status) {
    OwnerClaim claim = pending();
    switch (status) {
      case CLAIMED -> claim.approve("petugas", "KTP", NOW);
      case REJECTED -> claim.reject("petugas", "bukan", NOW);
      case CLOSED -> {
        claim.issueCode("benar", NOW.plusSeconds(600), NOW);
        assertThat(claim.check("salah", NOW, 1)).isEqualTo(OwnerClaim.CodeResult.CLOSED);
      }
      default -> throw new IllegalArgumentException(status.name());
    }
    assertThat(claim.status()).isEqualTo(status);
    return claim;
  }

  private static void assertRefused(Runnable action, ClaimStatus state, String name) {
    assertThatThrownBy(action::run)
        .isInstanceOfSatisfying(
            IllegalTransitionException.class,
            e -> {
              assertThat(e.currentState()).isEqualTo(state.name());
              assertThat(e.action()).isEqualTo(name);
            });
  }
}
