package id.naikkelas.catalogue.curation;

import id.naikkelas.platform.IllegalTransitionException;

/**
 * A curation round as an aggregate: it takes entries and scores only while {@link
 * CurationRoundState#OPEN}, and {@link #close()} refuses a round that is not open. Loaded and
 * stored by {@link CurationRounds}.
 */
final class CurationRound {

  private final long id;
  private final String regionScope;
  private CurationRoundState state;

  CurationRound(long id, String regionScope, CurationRoundState state) {
    this.id = id;
    this.regionScope = regionScope;
    this.state = state;
  }

  long id() {
    return id;
  }

  String regionScope() {
    return regionScope;
  }

  CurationRoundState state() {
    return state;
  }

  /** Refuses an entry unless the round is open. */
  void acceptEntry() {
    requireOpen("submit");
  }

  /** Refuses a score unless the round is open. */
  void acceptScore() {
    requireOpen("score");
  }

  /** OPEN → CLOSED. */
  CurationRoundClosed close() {
    requireOpen("close");
    state = CurationRoundState.CLOSED;
    return new CurationRoundClosed(id, regionScope);
  }

  private void requireOpen(String action) {
    if (state != CurationRoundState.OPEN) {
      throw new IllegalTransitionException(state, action);
    }
  }
}
