package id.naikkelas.export.market;

import id.naikkelas.catalogue.inquiry.InquiryDealRecorded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A catalogue deal with a buyer abroad, once committed, becomes a shipment draft of the exporter. A
 * retry finds the draft already there and adds none.
 */
@Component
class InquiryDealListener {

  private final ShipmentDrafts drafts;

  InquiryDealListener(ShipmentDrafts drafts) {
    this.drafts = drafts;
  }

  @ApplicationModuleListener
  void on(InquiryDealRecorded deal) {
    drafts.dealRecorded(deal);
  }
}
