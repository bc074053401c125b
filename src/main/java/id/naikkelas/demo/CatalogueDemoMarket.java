package id.naikkelas.demo;

import static id.naikkelas.demo.CatalogueDemoProducts.officer;

import id.naikkelas.access.Actor;
import id.naikkelas.catalogue.curation.Curation;
import id.naikkelas.catalogue.curation.CurationSubmissionState;
import id.naikkelas.catalogue.expo.Expos;
import id.naikkelas.catalogue.market.MarketPartners;
import id.naikkelas.catalogue.showroom.Showrooms;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Demo only, part of {@link CatalogueDemo}: market access for the demo products — partners (a
 * modern retailer, Bukalapak, Bank Jatim) with the Lamongan businesses onboarded, one curation
 * round with the retailer and its outlets, one virtual expo, and showrooms with a consignment.
 */
final class CatalogueDemoMarket {

  private final Curation curation;
  private final Expos expos;
  private final MarketPartners partners;
  private final Showrooms showrooms;

  CatalogueDemoMarket(
      Curation curation, Expos expos, MarketPartners partners, Showrooms showrooms) {
    this.curation = curation;
    this.expos = expos;
    this.partners = partners;
    this.showrooms = showrooms;
  }

  void make(CatalogueDemoProducts.Made made) {
    Map<String, long[]> businesses = made.businesses();
    Map<String, Long> productIds = made.productIds();
    Map<Long, Long> businessOf = made.businessOf();
    Actor lamongan = officer("35.24");
    long retailer = partners.create(lamongan, "Ritel Modern Jawa Timur", "RETAILER", null);
    long bukalapak =
        partners.create(lamongan, "Bukalapak", "MARKETPLACE", "https://www.bukalapak.com");
    long bankJatim = partners.create(lamongan, "Bank Jatim", "BANK", "https://www.bankjatim.co.id");
    partners.create(lamongan, "Bank Indonesia Jawa Timur", "EXPO_ORGANISER", null);
    for (Map.Entry<String, long[]> e : businesses.entrySet()) {
      if (e.getValue()[1] == 0) {
        partners.onboard(lamongan, bukalapak, e.getValue()[0], null, null);
        partners.onboard(lamongan, bankJatim, e.getValue()[0], null, "KUR");
      }
    }
    long round =
        curation.open(
            lamongan,
            new Curation.CurationRoundRequest(
                "Kurasi Produk Ritel Modern 2026", retailer, null, BigDecimal.valueOf(70)));
    int k = 0;
    Set<Long> curated = new HashSet<>();
    for (Map.Entry<String, Long> p : productIds.entrySet()) {
      if (p.getKey().contains("Kateki") || p.getKey().contains("Wine Kopi")) {
        continue; // Lumajang products are not in Lamongan's round
      }
      long submission = curation.submit(lamongan, round, p.getValue());
      int base = 6 + (k % 4);
      Map<String, BigDecimal> scores = new LinkedHashMap<>();
      for (Curation.CurationCriterion c : Curation.DEFAULT_CRITERIA) {
        scores.put(c.key(), BigDecimal.valueOf(Math.min(10, base + (c.key().length() % 2))));
      }
      Curation.CurationSubmissionView s =
          curation.score(
              lamongan,
              submission,
              scores,
              base >= 7 ? "Siap masuk gerai" : "Perbaiki kemasan dan label");
      if (s.status() == CurationSubmissionState.PASSED) {
        curated.add(businessOf.get(p.getValue()));
        for (int o = 0; o < 3 + k % 4; o++) {
          curation.addOutlet(
              lamongan, submission, "Gerai " + (o + 1) + " " + p.getKey(), "Jawa Timur", null);
        }
      }
      k++;
    }
    long expo =
        expos.create(
            lamongan,
            new Expos.ExpoDraft(
                "Pameran Virtual UMKM Lamongan 2026",
                "Lamongan UMKM Virtual Expo 2026",
                "Produk pilihan UMKM Lamongan yang lolos kurasi, untuk pembeli dan diaspora.",
                "Curated products of Lamongan's small businesses, for buyers and the diaspora abroad.",
                java.time.LocalDate.now(),
                java.time.LocalDate.now().plusMonths(1),
                round));
    for (long[] b : businesses.values()) {
      // the expo shows the round's curated products: a booth only for a business that passed
      if (b[1] == 0 && curated.contains(b[0])) {
        expos.addBooth(lamongan, expo, b[0]);
      }
    }
    long showroom =
        showrooms.create(lamongan, "Galeri UMKM Kantor Bupati", "Kantor Bupati Lamongan");
    showrooms.create(lamongan, "Galeri UMKM Wisata Bahari Lamongan", "WBL, Paciran");
    showrooms.create(lamongan, "Anjungan Jawa Timur TMII", "Taman Mini Indonesia Indah, Jakarta");
    for (String name : List.of("Keripik Tempe Renyah", "Sarung Tenun Ikat")) {
      Long product = productIds.get(name);
      if (product != null) {
        long c = showrooms.place(lamongan, showroom, product, 20, null, null);
        showrooms.record(lamongan, c, "SOLD", 7, null, null);
      }
    }
  }
}
