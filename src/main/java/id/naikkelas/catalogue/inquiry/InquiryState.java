package id.naikkelas.catalogue.inquiry;

/** NEW → ANSWERED → DEAL or CLOSED; a NEW inquiry may also end in a deal or be closed. */
public enum InquiryState {
  NEW,
  ANSWERED,
  DEAL,
  CLOSED
}
