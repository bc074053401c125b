package id.naikkelas.registry;

import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Where a business sells: its online channels, whether it sells online, and whether it is a small
 * industry (IKM) and an exporter.
 */
@Embeddable
class BusinessMarkets {

  private String[] onlineChannels;
  private boolean sellsOnline;
  private boolean ikm;
  private boolean exporter;

  protected BusinessMarkets() {}

  BusinessMarkets(CheckedDraft draft) {
    this.onlineChannels = draft.onlineChannels().toArray(String[]::new);
    this.sellsOnline = draft.sellsOnline();
    this.ikm = draft.ikm();
    this.exporter = draft.exporter();
  }

  /** Takes over the flags the merged record had and this one does not. */
  void absorb(BusinessMarkets merged) {
    sellsOnline = sellsOnline || merged.sellsOnline;
    exporter = exporter || merged.exporter;
    ikm = ikm || merged.ikm;
  }

  void putInto(Map<String, Object> values) {
    values.put("onlineChannels", String.join(" ", onlineChannels));
    values.put("sellsOnline", sellsOnline);
    values.put("ikm", ikm);
    values.put("exporter", exporter);
  }

  List<String> onlineChannels() {
    return Arrays.asList(onlineChannels);
  }

  boolean sellsOnline() {
    return sellsOnline;
  }

  boolean ikm() {
    return ikm;
  }

  boolean exporter() {
    return exporter;
  }
}
