package id.naikkelas.catalogue;

import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.region.Region;
import id.naikkelas.region.RegionLevel;
import id.naikkelas.region.Regions;
import id.naikkelas.registry.BusinessDraft;
import id.naikkelas.registry.BusinessSource;
import id.naikkelas.registry.Registry;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Demo only, part of {@link CatalogueDemoData}: three more businesses registered, the named ones
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
  private final JdbcClient jdbc;

  CatalogueDemoProducts(Registry registry, Products products, Regions regions, JdbcClient jdbc) {
    this.registry = registry;
    this.products = products;
    this.regions = regions;
    this.jdbc = jdbc;
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
                  item.category(),
                  String.valueOf(item.price()),
                  null,
                  item.unit(),
                  "1",
                  "AVAILABLE",
                  List.of()));
      products.addPhoto(by, id, photo(item.name(), i++));
      products.publish(by, id);
      productIds.put(item.name(), id);
      businessOf.put(id, b[0]);
    }
    jdbc.sql("update product set demo = true where id = any(?)")
        .param(productIds.values().toArray(Long[]::new))
        .update();
    return new Made(businesses, productIds, businessOf);
  }

  /** The business's id and whether it is in Lumajang (1) or Lamongan (0), verified. */
  private long[] verified(String name) {
    return jdbc.sql(
            "select id, village_code, status from business where name = ? order by id limit 1")
        .param(name)
        .query(
            (rs, n) -> {
              long id = rs.getLong(1);
              String village = rs.getString(2);
              if (!"VERIFIED".equals(rs.getString(3))) {
                registry.verify(officer(village.substring(0, 5)), id);
              }
              return new long[] {id, village.startsWith("35.08") ? 1 : 0};
            })
        .optional()
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
    registry.register(
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
        BusinessSource.FORM);
    jdbc.sql("update business set demo = true where name = ?").param(name).update();
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
