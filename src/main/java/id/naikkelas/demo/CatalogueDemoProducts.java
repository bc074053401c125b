package id.naikkelas.demo;

import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.catalogue.Availability;
import id.naikkelas.catalogue.CatalogueDemoRecords;
import id.naikkelas.catalogue.Category;
import id.naikkelas.catalogue.ProductDraft;
import id.naikkelas.catalogue.Products;
import id.naikkelas.region.Region;
import id.naikkelas.region.RegionLevel;
import id.naikkelas.region.Regions;
import id.naikkelas.registry.BusinessDraft;
import id.naikkelas.registry.BusinessQuery;
import id.naikkelas.registry.BusinessRow;
import id.naikkelas.registry.BusinessSource;
import id.naikkelas.registry.BusinessStatus;
import id.naikkelas.registry.Registry;
import id.naikkelas.registry.RegistryDemoRecords;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.springframework.data.domain.PageRequest;

/**
 * Demo only, part of {@link CatalogueDemo}: three more businesses registered, the named ones
 * verified, and their products created with drawn photos and published, marked demo.
 */
final class CatalogueDemoProducts {

  /**
   * What was made: each business's id and whether it is in Lumajang (1) or Lamongan (0), the
   * product ids by name, and each product's business.
   */
  record Made(
      Map<String, long[]> businesses, Map<String, Long> productIds, Map<Long, Long> businessOf) {}

  private final Registry registry;
  private final Products products;
  private final Regions regions;
  private final RegistryDemoRecords registryDemo;
  private final CatalogueDemoRecords catalogueDemo;

  CatalogueDemoProducts(
      Registry registry,
      Products products,
      Regions regions,
      RegistryDemoRecords registryDemo,
      CatalogueDemoRecords catalogueDemo) {
    this.registry = registry;
    this.products = products;
    this.regions = regions;
    this.registryDemo = registryDemo;
    this.catalogueDemo = catalogueDemo;
  }

  Made make() {
    Map<String, long[]> businesses = new LinkedHashMap<>();
    addBusiness("Tenun Ikat Parengan", "Parengan", "35.24", "13121", "Siti Rokhimah");
    addBusiness("Batik Sendang Duwur", "Sendangduwur", "35.24", "13134", "Umi Kulsum");
    addBusiness("Wine Kopi Lumajang", "Kandangtepus", "35.08", "10761", "Hendro Wibowo");
    for (CatalogueDemoItems.Item item : CatalogueDemoItems.ITEMS) {
      businesses.computeIfAbsent(item.business(), this::verified);
    }
    Map<String, Long> productIds = new LinkedHashMap<>();
    Map<Long, Long> businessOf = new HashMap<>();
    int i = 0;
    for (CatalogueDemoItems.Item item : CatalogueDemoItems.ITEMS) {
      long[] b = businesses.get(item.business());
      if (b == null) {
        continue;
      }
      Actor by = officer(b[1] == 1 ? "35.08" : "35.24");
      long id =
          products.create(
              by,
              new ProductDraft(
                  b[0],
                  item.name(),
                  "<p>" + item.description() + "</p>",
                  Category.valueOf(item.category()),
                  java.math.BigDecimal.valueOf(item.price()),
                  null,
                  item.unit(),
                  1,
                  Availability.AVAILABLE,
                  List.of()));
      products.addPhoto(by, id, photo(item.name(), i++));
      products.publish(by, id);
      productIds.put(item.name(), id);
      businessOf.put(id, b[0]);
    }
    catalogueDemo.mark(productIds.values());
    return new Made(businesses, productIds, businessOf);
  }

  /**
   * The business's id and whether it is in Lumajang (1) or Lamongan (0), verified; the first of
   * that name, found through the registry's search as an officer of the province.
   */
  private long[] verified(String name) {
    return registry
        .search(
            officer("35"),
            new BusinessQuery(null, null, null, null, null, null, null, name, null),
            PageRequest.of(0, 20))
        .stream()
        .filter(r -> r.name().equals(name))
        .min(Comparator.comparingLong(BusinessRow::id))
        .map(
            r -> {
              if (r.status() != BusinessStatus.VERIFIED) {
                registry.verify(officer(r.villageCode().substring(0, 5)), r.id());
              }
              return new long[] {r.id(), r.villageCode().startsWith("35.08") ? 1 : 0};
            })
        .orElse(null);
  }

  private void addBusiness(
      String name, String villageName, String regency, String kbli, String owner) {
    Region village =
        regions.search(villageName, regency, PageRequest.of(0, 5)).stream()
            .filter(r -> r.level() == RegionLevel.VILLAGE)
            .findFirst()
            .orElseGet(() -> regions.within(regency, RegionLevel.VILLAGE).get(0));
    String district = village.code().substring(0, 8).replace(".", "");
    int n = 11 + name.length() % 17;
    String nik = district + (40 + n) + "0785" + "00" + (10 + name.length() % 80);
    long id =
        registry
            .register(
                officer(regency),
                new BusinessDraft(
                    nik,
                    owner,
                    null,
                    "081330001" + (100 + name.length()),
                    null,
                    null,
                    null,
                    name,
                    null,
                    2020,
                    List.of(kbli),
                    new java.math.BigDecimal("40000000"),
                    new java.math.BigDecimal("240000000"),
                    3,
                    2015,
                    village.code(),
                    null,
                    List.of(),
                    true,
                    true,
                    false,
                    "P-IRT " + (2000000000000L + name.length()),
                    null,
                    null,
                    true),
                BusinessSource.FORM)
            .id();
    registryDemo.mark(id);
  }

  static Actor officer(String scope) {
    return new Actor(0, "demo", "demo", Role.OFFICER, scope);
  }

  /** A drawn placeholder photo: a gradient and a circle, differing by product. */
  private static byte[] photo(String name, int seed) {
    BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    Color[] colours = {
      new Color(0xE0, 0x8E, 0x3B),
      new Color(0x2E, 0x7D, 0x5B),
      new Color(0x8C, 0x3B, 0x6E),
      new Color(0x1F, 0x5F, 0x9E)
    };
    g.setPaint(new GradientPaint(0, 0, colours[seed % colours.length], 800, 600, Color.WHITE));
    g.fillRect(0, 0, 800, 600);
    // shapes only: drawing text needs system fonts, which a machine with only a JDK may lack
    g.setColor(new Color(255, 255, 255, 160));
    g.fillOval(250 + (name.length() * 7) % 100, 150, 300, 300);
    g.dispose();
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
