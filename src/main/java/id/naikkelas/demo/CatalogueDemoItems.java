package id.naikkelas.demo;

import java.util.List;

/** Demo only: the products {@link CatalogueDemoProducts} creates, by business. */
final class CatalogueDemoItems {

  private CatalogueDemoItems() {}

  record Item(
      String business, String name, String category, int price, String unit, String description) {}

  static final List<Item> ITEMS =
      List.of(
          new Item(
              "Koko Nono",
              "Keripik Tempe Renyah",
              "FOOD_DRINK",
              15000,
              "bungkus 200 g",
              "Makanan ringan: keripik tempe tipis dan renyah, khas Lamongan."),
          new Item(
              "Koko Nono",
              "Keripik Singkong Pedas",
              "FOOD_DRINK",
              12000,
              "bungkus 200 g",
              "Makanan ringan dari singkong pilihan, bumbu pedas manis."),
          new Item(
              "Sby corp.",
              "Kerupuk Ikan Tenggiri",
              "FOOD_DRINK",
              25000,
              "bungkus 250 g",
              "Oleh-oleh makanan khas: kerupuk ikan tenggiri dari pesisir Lamongan."),
          new Item(
              "Sby corp.",
              "Kerupuk Udang Mentah",
              "FOOD_DRINK",
              30000,
              "bungkus 250 g",
              "Siap goreng, udang segar."),
          new Item(
              "Tas by Soe Art",
              "Tas Anyaman Eceng Gondok",
              "CRAFT",
              175000,
              "buah",
              "Tas tangan anyaman eceng gondok, dijahit tangan."),
          new Item(
              "R n D Handycraft",
              "Kerajinan Anyaman Bambu",
              "CRAFT",
              85000,
              "set",
              "Keranjang dan tatakan dari bambu, anyaman tangan."),
          new Item(
              "Klengkeng Kateki",
              "Klengkeng Kateki Segar",
              "AGRI_FISHERY",
              45000,
              "kg",
              "Klengkeng varietas kateki dari Lumajang, manis dan tebal."),
          new Item(
              "Tenun Ikat Parengan",
              "Sarung Tenun Ikat",
              "FASHION_TEXTILE",
              350000,
              "lembar",
              "Sarung tenun ikat tradisional, pewarna alami."),
          new Item(
              "Batik Sendang Duwur",
              "Batik Tulis Sendang",
              "FASHION_TEXTILE",
              450000,
              "lembar",
              "Batik tulis motif Sendang Duwur."),
          new Item(
              "Wine Kopi Lumajang",
              "Wine Kopi Robusta",
              "FOOD_DRINK",
              95000,
              "kemasan 250 g",
              "Kopi robusta fermentasi (wine coffee) dari lereng Semeru."));
}
